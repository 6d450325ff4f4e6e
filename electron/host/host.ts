/**
 * The host: owns the data folder's store and projection, answers the UI's API
 * calls, and tells every subscriber what changed. The Electron main process
 * and the headless peer both serve it; the CLI uses it directly.
 *
 * Other processes may write to the same folder (the CLI while the app runs),
 * so the host watches SQLite's data_version and folds in what they wrote.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { apiParams, isApiMethod } from '../../shared/api.js';
import type { ApiInput, ApiMethod, ApiResult, HostNotice, Session } from '../../shared/api.js';
import type { SignedEvent } from '../../shared/events.js';
import type { NewIdentityView } from '../../shared/room/views.js';
import { decodeHlc } from '../../shared/hlc.js';
import { WarRoomProjection, type ProjectionChange } from '../../shared/projection/projection.js';
import { fail, HoldfastFailure, ok, type Result } from '../../shared/result.js';
import { renewAtNextStart, renewalPending } from '../identity/device-identity.js';
import type { Room } from '../room/room.js';
import { RoomService } from '../room/room-service.js';
import { DEVICE_HISTORY_KEPT, DEVICE_REMOVED } from '../store/device-removals.js';
import type { ReceiveOptions, ReceiveOutcome } from '../store/incoming-events.js';
import { openWarRoomStore, PERSON_NAME_SETTING, type WarRoomStore } from '../store/war-room-store.js';
import { storageFailure } from '../store/storage-errors.js';
import { HOLDFAST_VERSION, PACKAGE_ROOT } from '../version.js';
import type { SyncPort } from '../sync/sync-port.js';
import { hostSyncPort } from './host-sync-port.js';
import { operations, type OperationContext } from './operations.js';

export interface HostOptions {
  readonly dataDir: string;
  readonly now?: () => number;
  /** How often to look for events other processes wrote; 0 turns watching off (the CLI). */
  readonly watchMs?: number;
  /** The author to stamp when nobody has said who they are (the CLI: the OS user). */
  readonly fallbackAuthor?: string;
  /** This machine, as electron/identity/device-location.ts names it; tests stand in for another machine. */
  readonly machine?: string;
  /** Where the shipped data lives (role cards, templates, runbooks); the package's runbooks/ unless told. */
  readonly runbooksDir?: string;
}

const NAME_KEY = PERSON_NAME_SETTING;

/**
 * Who is calling: the name stamped on what they record. In the desktop app
 * that is the person at this laptop, kept in the data folder. Each browser
 * on a headless peer is its own caller, so two people sharing one peer are
 * not recorded under one name.
 */
export interface Caller {
  name(): string | null;
  rename(name: string): void;
}

/** A caller that lives as long as one connection (a browser tab on the headless peer). */
export function connectionCaller(): Caller {
  let current: string | null = null;
  return {
    name: () => current,
    rename: (name) => {
      current = name;
    },
  };
}

/** How often quarantined events are looked at again, in case their time has come. */
const HELD_BACK_RECHECK_MS = 60_000;

export class WarRoomHost {
  private currentProjection = new WarRoomProjection();
  readonly rooms: RoomService;
  /** This laptop as sync sees it: all the sessions and the network may ask of it. */
  readonly sync: SyncPort;
  private heldBackCheckedAt = 0;
  private roomNoticeTimer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(notice: HostNotice) => void>();
  private readonly storedListeners = new Set<(events: readonly SignedEvent[], asTheyAre: readonly SignedEvent[]) => void>();
  private lastRowid = 0;
  private lastOtherHistoryRowid = 0;
  private lastDataVersion = 0;
  private watcher: NodeJS.Timeout | undefined;
  private rosterNoticePending = false;

  private constructor(
    readonly store: WarRoomStore,
    private readonly options: HostOptions,
  ) {
    this.rooms = new RoomService(store, this.now);
    this.sync = hostSyncPort({
      store,
      rooms: this.rooms,
      receive: (events) => this.receiveEvents(events),
      onStored: (listener) => this.onStored(listener),
      roomTimeMoved: () => this.roomTimeMoved(),
      identityInUseElsewhere: (why) => this.identityInUseElsewhere(why),
      roomChanged: () => this.roomChanged(),
    });
  }

  /** The projection of everything in the log (replaced whole when events are set aside). */
  get projection(): WarRoomProjection {
    return this.currentProjection;
  }

  /** The room's time (shared/room/room-clock.ts): this laptop's clock, moved forward when the room says it is behind. */
  private get now(): () => number {
    return this.store.roomClock.now;
  }

  static open(options: HostOptions): WarRoomHost {
    const store = openWarRoomStore(options.dataDir, { ...(options.now ? { now: options.now } : {}), ...(options.machine ? { machine: options.machine } : {}) });
    const host = new WarRoomHost(store, options);
    try {
      host.catchUp();
    } catch (error) {
      store.close();
      throw storageFailure(error, `the data folder ${store.dataDir}`);
    }
    const watchMs = options.watchMs ?? 200;
    if (watchMs > 0) {
      host.watcher = setInterval(() => host.watchForOtherWriters(), watchMs);
      host.watcher.unref();
    }
    return host;
  }

  get deviceId(): string {
    return this.store.deviceId;
  }

  /** Which room this laptop is in, and the peers a person added by hand. */
  get room(): Room {
    return this.rooms.room;
  }

  get dataDir(): string {
    return this.store.dataDir;
  }

  /** Set when this open gave the folder a new device identity (a copied folder): the person is told. */
  get renewedIdentity(): NewIdentityView | null {
    return this.store.renewedIdentity;
  }

  /** The person at this laptop (the desktop app's user), as other laptops' peer lists show them. */
  personAtLaptop(): string | null {
    return this.laptop.name();
  }

  /** The API's single entry point: method and parameters are checked here. */
  call(method: string, params: unknown, caller: Caller = this.laptop): Result<unknown> {
    if (!isApiMethod(method)) return fail('invalid_input', `Holdfast has no operation called ${JSON.stringify(method)}.`);
    const parsed = apiParams[method].safeParse(params ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message =
        issue && issue.path.length === 0 ? 'The parameters of an API call must be an object.' : (issue?.message ?? 'The request was not understood.');
      // Our schemas speak in sentences; zod's own messages need the field named.
      const field = issue?.path.length && !/^[A-Z].*\.$/.test(message) ? `${issue.path.join('.')}: ` : '';
      return fail('invalid_input', `${field}${message}`);
    }
    try {
      const handler = operations[method] as (context: OperationContext, params: unknown) => unknown;
      return ok(handler(this.contextFor(caller), parsed.data));
    } catch (error) {
      const failure = error instanceof HoldfastFailure ? error : storageFailure(error, 'the war-room database');
      return fail(failure.code, failure.message);
    }
  }

  /** A typed call for code on the Node side (the CLI, tests). */
  run<M extends ApiMethod>(method: M, input: ApiInput<M>): Result<ApiResult<M>> {
    return this.call(method, input) as Result<ApiResult<M>>;
  }

  onNotice(listener: (notice: HostNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Events that came from another laptop: stored only if they verify (see
   * IncomingEvents: a bad one refuses the batch, naming it, and nothing of it
   * is stored; far-future stamps are held back), then shown and passed on.
   */
  receiveEvents(events: readonly unknown[], options: ReceiveOptions = {}): ReceiveOutcome {
    return this.afterIncoming(this.store.log.storeVerified(events, options));
  }

  /** Lets in what is held back from one device, because a person chose to. */
  letInHeldBack(device: string): ReceiveOutcome {
    return this.afterIncoming(this.store.log.releaseHeldBack({ device, letIn: true }));
  }

  /**
   * The room's time here moved (this laptop's clock was found behind the
   * room's): what was held back as too far ahead may be due now, and the
   * person is told at once.
   */
  private roomTimeMoved(): void {
    this.heldBackCheckedAt = this.now();
    if (this.store.log.heldBack().length > 0) this.afterIncoming(this.store.log.releaseHeldBack({ letIn: false }));
    this.roomChanged();
  }

  /**
   * This laptop's device identity is in use on another laptop too (a data
   * folder copied in a way its location could not tell): it takes a new one
   * at the next start, and the Room screen says so now.
   */
  private identityInUseElsewhere(why: string): void {
    if (renewalPending(this.store.settings) !== null) return;
    try {
      renewAtNextStart(this.store.settings, why);
    } catch {
      // A busy database: the next sign of it sets it.
      return;
    }
    this.roomChanged();
  }

  /** Tells every subscriber the room changed (peers, progress), at most every 100 ms. */
  private roomChanged(): void {
    if (this.roomNoticeTimer || this.listeners.size === 0) return;
    this.roomNoticeTimer = setTimeout(() => {
      this.roomNoticeTimer = undefined;
      this.emit({ type: 'room', room: this.rooms.view() });
    }, 100);
    this.roomNoticeTimer.unref();
  }

  private afterIncoming(outcome: ReceiveOutcome): ReceiveOutcome {
    const written = outcome.signed.length === 0 ? outcome.stored : [...outcome.stored, ...outcome.signed];
    // A device's other history (a copied data folder) is shown like the rest:
    // both copies' people wrote it.
    const shown = outcome.forked.length === 0 ? written : [...written, ...outcome.forked];
    if (shown.length > 0) this.publish(this.projection.applyAll(shown));
    this.announceStored(written, outcome.forked);
    if (outcome.ownIdentityElsewhere) this.identityInUseElsewhere('another laptop signed events as this laptop\'s device that this laptop never wrote');
    if (outcome.quarantined > 0 || outcome.forked.length > 0 || written.some(isAboutRoomMembers)) this.roomChanged();
    return outcome;
  }

  /**
   * Every event newly held here, whoever wrote it: what sync pushes on to
   * peers by their version vectors. `asTheyAre` are the events to push
   * whatever a peer's vector says: both histories of a device whose data
   * folder was copied, which a vector (one history per device) cannot
   * describe. Worked out once here for every conversation.
   */
  private onStored(listener: (events: readonly SignedEvent[], asTheyAre: readonly SignedEvent[]) => void): () => void {
    this.storedListeners.add(listener);
    return () => this.storedListeners.delete(listener);
  }

  /** `otherHistories`: events just kept as a device's other history. */
  private announceStored(events: readonly SignedEvent[], otherHistories: readonly SignedEvent[] = []): void {
    if ((events.length === 0 && otherHistories.length === 0) || this.storedListeners.size === 0) return;
    const asTheyAre = this.bothHistoriesIn(events, otherHistories);
    for (const listener of this.storedListeners) {
      try {
        listener(events, asTheyAre);
      } catch {
        // A broken peer connection must not stop the others being told.
      }
    }
  }

  /** A device newly seen with two histories: both, from where they part; a device seen so before: what it just wrote. */
  private bothHistoriesIn(events: readonly SignedEvent[], otherHistories: readonly SignedEvent[]): SignedEvent[] {
    const newlyTwice = new Set(otherHistories.map((event) => event.device));
    const pushed = [...newlyTwice].flatMap((device) => this.store.log.bothHistoriesOf(device));
    const twice = this.store.log.devicesWithOtherHistories();
    if (twice.size > 0) pushed.push(...events.filter((event) => twice.has(event.device) && !newlyTwice.has(event.device)));
    return pushed;
  }

  /** Folds in events stored by other processes on this folder since we last looked. */
  catchUp(): void {
    for (;;) {
      const batch = this.store.log.readAfter(this.lastRowid);
      if (batch.length === 0) break;
      this.lastRowid = batch[batch.length - 1]!.rowid;
      const events = batch.map((stored) => stored.event);
      this.witnessLatest(events);
      this.publish(this.projection.applyAll(events));
      this.announceStored(events);
      if (events.some(isAboutRoomMembers)) this.roomChanged();
    }
    for (;;) {
      const batch = this.store.log.readOtherHistoriesAfter(this.lastOtherHistoryRowid);
      if (batch.length === 0) break;
      this.lastOtherHistoryRowid = batch[batch.length - 1]!.rowid;
      const events = batch.map((stored) => stored.event);
      this.publish(this.projection.applyAll(events));
      this.announceStored([], events);
      this.roomChanged();
    }
    this.lastDataVersion = this.store.dataVersion();
  }

  /**
   * The clock follows the latest stamp another process stored here (the
   * clock policy's step 2, shared/hlc.ts): the latest of a batch carries
   * every earlier one, so only it is witnessed.
   */
  private witnessLatest(events: readonly SignedEvent[]): void {
    let ours: SignedEvent | null = null;
    let theirs: SignedEvent | null = null;
    for (const event of events) {
      if (event.device === this.deviceId) {
        if (ours === null || event.hlc > ours.hlc) ours = event;
      } else if (theirs === null || event.hlc > theirs.hlc) {
        theirs = event;
      }
    }
    if (ours) this.store.clock.witness(decodeHlc(ours.hlc));
    if (theirs) this.store.log.witnessReceived(theirs);
  }

  close(): void {
    if (this.watcher) clearInterval(this.watcher);
    if (this.roomNoticeTimer) clearTimeout(this.roomNoticeTimer);
    this.listeners.clear();
    this.storedListeners.clear();
    this.store.close();
  }

  private watchForOtherWriters(): void {
    try {
      const version = this.store.dataVersion();
      if (version !== this.lastDataVersion) {
        this.catchUp();
        // `holdfast room join/leave/add-peer` in a terminal changes the room, not the log.
        this.rooms.room.noticeChangesFromElsewhere();
      }
      if (this.now() - this.heldBackCheckedAt > HELD_BACK_RECHECK_MS) {
        this.heldBackCheckedAt = this.now();
        if (this.store.log.heldBack().length > 0) this.afterIncoming(this.store.log.releaseHeldBack({ letIn: false }));
      }
    } catch {
      // A busy or vanished database is tried again on the next tick.
    }
  }

  /** The person at this laptop, as the desktop app and the CLI know them. */
  private readonly laptop: Caller = {
    name: () => this.store.settings.get(NAME_KEY),
    rename: (name) => {
      try {
        this.store.settings.set(NAME_KEY, name);
      } catch (error) {
        throw storageFailure(error, 'the war-room database');
      }
      this.emit({ type: 'session', session: this.sessionOf(this.laptop) });
    },
  };

  private sessionOf(caller: Caller): Session {
    return { device: this.deviceId, name: caller.name(), version: HOLDFAST_VERSION };
  }

  private authorOf(caller: Caller): string {
    const name = caller.name() ?? this.options.fallbackAuthor;
    if (!name) {
      throw new HoldfastFailure('needs_name', 'Say who you are first: your name is stamped on everything you record.');
    }
    return name;
  }

  private contextFor(caller: Caller): OperationContext {
    return {
      projection: this.projection,
      session: () => this.sessionOf(caller),
      setName: (name) => {
        caller.rename(name);
        return this.sessionOf(caller);
      },
      record: (type, payload) => {
        const written = this.store.log.appendWithStatements(type, payload, this.authorOf(caller));
        this.publish(this.projection.applyAll(written));
        this.announceStored(written);
        if (written.some(isAboutRoomMembers)) this.roomChanged();
      },
      rooms: this.rooms,
      receive: (events) => this.receiveEvents(events),
      letInHeldBack: (device) => this.letInHeldBack(device),
      newId: () => randomBytes(8).toString('hex'),
      now: this.now,
      settings: this.store.settings,
      runbooksDir: this.options.runbooksDir ?? path.join(PACKAGE_ROOT, 'runbooks'),
    };
  }

  private publish(change: ProjectionChange): void {
    if (this.listeners.size === 0) return;
    if (change.roster) this.scheduleRosterNotice();
    if (change.incidentIds.size === 0 && change.entryIds.size === 0 && change.checklistIds.size === 0) return;
    const incidents = [...change.incidentIds].flatMap((id) => this.projection.incident(id) ?? []);
    const entries = [...change.entryIds].flatMap((id) => this.projection.entry(id) ?? []);
    const checklists = [...change.checklistIds].flatMap((id) => this.projection.checklist(id) ?? []);
    this.emit({ type: 'changed', incidents, entries, checklists });
  }

  /**
   * The roster goes out whole, once per turn of the event loop: an import
   * records one event per person, and telling every screen the whole roster
   * after each would send megabytes for a few thousand people.
   */
  private scheduleRosterNotice(): void {
    if (this.rosterNoticePending) return;
    this.rosterNoticePending = true;
    setImmediate(() => {
      this.rosterNoticePending = false;
      if (this.listeners.size > 0) this.emit({ type: 'roster', people: this.projection.people(), partners: this.projection.partners() });
    });
  }

  private emit(notice: HostNotice): void {
    for (const listener of this.listeners) {
      try {
        listener(notice);
      } catch {
        // One broken subscriber must not stop the others being told.
      }
    }
  }
}

/** A removal, or a statement that kept a removed device's past: the room view changes. */
function isAboutRoomMembers(event: SignedEvent): boolean {
  return event.type === DEVICE_REMOVED || event.type === DEVICE_HISTORY_KEPT;
}

/** The name the CLI stamps when nobody has set one on this laptop. */
export function operatingSystemUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'terminal';
  }
}
