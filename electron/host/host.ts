/**
 * The host has one job: it answers the UI's API calls. It composes what
 * serves them: the data folder's store, the projection of its log
 * (log-projection.ts), the pipeline every stored event goes through
 * (receive-pipeline.ts), the notices every subscriber is told
 * (host-notices.ts), the watch for other processes writing to the folder
 * (other-writers.ts), the room, and the port sync talks to
 * (host-sync-port.ts). The Electron main process and the headless peer both
 * serve it; the CLI uses it directly.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { apiParams, isApiMethod, splitWriteKey, WRITE_KEY_FIELD, writeKeySchema } from '../../shared/api.js';
import type { ApiInput, ApiMethod, ApiResult, HostNotice, Session } from '../../shared/api.js';
import type { WarRoomProjection } from '../../shared/projection/projection.js';
import type { NewIdentityView } from '../../shared/room/views.js';
import { fail, HoldfastFailure, ok, type Result } from '../../shared/result.js';
import type { Room } from '../room/room.js';
import { RoomService } from '../room/room-service.js';
import type { ReceiveOptions, ReceiveOutcome } from '../store/incoming-events.js';
import { openWarRoomStore, PERSON_NAME_SETTING, type WarRoomStore } from '../store/war-room-store.js';
import { storageFailure } from '../store/storage-errors.js';
import type { SyncPort } from '../sync/sync-port.js';
import { HOLDFAST_VERSION, PACKAGE_ROOT } from '../version.js';
import { HostNotices } from './host-notices.js';
import { hostSyncPort } from './host-sync-port.js';
import { LogProjection } from './log-projection.js';
import type { OperationContext } from './operation-context.js';
import { operations } from './operations.js';
import { watchOtherWriters, type OtherWritersWatching } from './other-writers.js';
import { parametersRefused } from './parameter-refusal.js';
import { ReceivePipeline } from './receive-pipeline.js';

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

export class WarRoomHost {
  readonly rooms: RoomService;
  /** This laptop as sync sees it: all the sessions and the network may ask of it. */
  readonly sync: SyncPort;
  private readonly notices: HostNotices;
  private readonly logProjection: LogProjection;
  private readonly received: ReceivePipeline;
  private otherWriters: OtherWritersWatching | null = null;

  private constructor(
    readonly store: WarRoomStore,
    private readonly options: HostOptions,
  ) {
    this.rooms = new RoomService(store, this.now);
    this.notices = new HostNotices(() => this.rooms.view());
    this.logProjection = new LogProjection(store.log, this.notices);
    this.received = new ReceivePipeline(store, this.logProjection, this.notices);
    this.sync = hostSyncPort({ store, rooms: this.rooms, received: this.received, notices: this.notices });
  }

  /** The projection of everything in the log. */
  get projection(): WarRoomProjection {
    return this.logProjection.projection;
  }

  /** The room's time (shared/room/room-clock.ts): this laptop's clock, moved forward when the room says it is behind. */
  private get now(): () => number {
    return this.store.roomClock.now;
  }

  static open(options: HostOptions): WarRoomHost {
    const store = openWarRoomStore(options.dataDir, { ...(options.now ? { now: options.now } : {}), ...(options.machine ? { machine: options.machine } : {}) });
    const host = new WarRoomHost(store, options);
    try {
      host.received.catchUp();
    } catch (error) {
      store.close();
      throw storageFailure(error, `the data folder ${store.dataDir}`);
    }
    const watchMs = options.watchMs ?? 200;
    if (watchMs > 0) {
      host.otherWriters = watchOtherWriters(store, watchMs, {
        wrote: () => {
          host.received.catchUp();
          // `holdfast room join/leave/add-peer` in a terminal changes the room, not the log.
          host.rooms.room.noticeChangesFromElsewhere();
        },
        looked: () => host.received.recheckHeldBack(),
      });
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
    const keyed = splitWriteKey(params);
    const key = keyed.key === null ? null : writeKeySchema.safeParse(keyed.key);
    if (key?.success === false) return fail('invalid_input', key.error.issues[0]?.message ?? 'The write key was not understood.', [WRITE_KEY_FIELD]);
    const parsed = apiParams[method].safeParse(keyed.params ?? {});
    if (!parsed.success) return parametersRefused(parsed.error);
    try {
      this.otherWriters?.look();
      const handler = operations[method] as (context: OperationContext, params: unknown) => unknown;
      const apply = () => handler(this.contextFor(caller), parsed.data);
      return ok(key ? this.applyOnce(key.data, method, apply) : apply());
    } catch (error) {
      const failure = error instanceof HoldfastFailure ? error : storageFailure(error, 'the war-room database');
      return fail(failure.code, failure.message, failure.path);
    }
  }

  /**
   * Applies a keyed write once: the key is stored in the same transaction as
   * the events it caused, so a repeat (after a lost answer, or a restart)
   * finds it and gets the first answer back. A refusal stores nothing: it
   * rolls back, and a repeat is judged again.
   */
  private applyOnce(key: string, method: ApiMethod, apply: () => unknown): unknown {
    return this.store.inTransaction(() => {
      const earlier = this.store.appliedWrites.find(key);
      if (earlier !== null) {
        if (earlier.method !== method) throw new HoldfastFailure('conflict', 'This write key was already used for another kind of change.');
        return JSON.parse(earlier.result) as unknown;
      }
      const result = apply();
      this.store.appliedWrites.remember(key, method, result, this.now());
      return result;
    });
  }

  /** A typed call for code on the Node side (the CLI, tests). */
  run<M extends ApiMethod>(method: M, input: ApiInput<M>): Result<ApiResult<M>> {
    return this.call(method, input) as Result<ApiResult<M>>;
  }

  onNotice(listener: (notice: HostNotice) => void): () => void {
    return this.notices.subscribe(listener);
  }

  /** Events from another laptop (a peer, a room file): stored only if they verify, then shown and passed on (receive-pipeline.ts). */
  receiveEvents(events: readonly unknown[], options: ReceiveOptions = {}): ReceiveOutcome {
    return this.received.receive(events, options);
  }

  close(): void {
    this.otherWriters?.stop();
    this.notices.close();
    this.received.close();
    this.store.close();
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
      this.notices.sessionChanged(this.sessionOf(this.laptop));
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
      author: () => this.authorOf(caller),
      record: (type, payload) => {
        this.received.recordedHere(this.store.log.appendWithStatements(type, payload, this.authorOf(caller)));
      },
      rooms: this.rooms,
      receive: (events) => this.receiveEvents(events),
      letInHeldBack: (device) => this.received.letInHeldBack(device),
      newId: () => randomBytes(8).toString('hex'),
      now: this.now,
      events: this.store.log,
      settings: this.store.settings,
      runbooksDir: this.options.runbooksDir ?? path.join(PACKAGE_ROOT, 'runbooks'),
    };
  }
}
