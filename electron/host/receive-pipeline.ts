/**
 * What follows once events are in this laptop's store, whoever wrote them
 * (a peer, a room file, a person here, another process on the folder): they
 * are shown, the clock witnesses what others stamped, and sync is told of
 * them to push them on, with both histories of a device whose data folder
 * was copied worked out once here for every conversation. Events from
 * elsewhere are stored only if they verify (IncomingEvents: a bad one
 * refuses the batch, naming it; far-future stamps are held back, and let in
 * when their time comes or a person chooses).
 */
import type { SignedEvent } from '../../shared/events.js';
import { decodeHlc } from '../../shared/hlc.js';
import { renewAtNextStart, renewalPending } from '../identity/device-identity.js';
import { DEVICE_HISTORY_KEPT, DEVICE_REMOVED } from '../store/device-removals.js';
import { latestStored, type ReceiveOptions, type ReceiveOutcome } from '../store/incoming-events.js';
import type { WarRoomStore } from '../store/war-room-store.js';
import type { StoredListener } from '../sync/sync-port.js';
import type { HostNotices } from './host-notices.js';
import type { LogProjection } from './log-projection.js';
import { ReceivedBatches } from './received-batches.js';

/** How often quarantined events are looked at again, in case their time has come. */
const HELD_BACK_RECHECK_MS = 60_000;

export class ReceivePipeline {
  private readonly storedListeners = new Set<StoredListener>();
  private heldBackCheckedAt = 0;
  private readonly fromPeers: ReceivedBatches;

  constructor(
    private readonly store: WarRoomStore,
    private readonly logProjection: LogProjection,
    private readonly notices: HostNotices,
  ) {
    this.fromPeers = new ReceivedBatches(
      (batches) => this.store.log.storeVerifiedTogether(batches),
      (outcomes) => this.afterIncoming(outcomes.length === 1 ? outcomes[0]! : together(outcomes)),
    );
  }

  /** Events that came from another laptop (a room file, a test): stored now, in a transaction of their own. */
  receive(events: readonly unknown[], options: ReceiveOptions = {}): ReceiveOutcome {
    return this.afterIncoming(this.store.log.storeVerified(events, options));
  }

  /**
   * Events a peer sent, in the conversation `from`: committed with every
   * other message that arrived in the same turn (received-batches.ts).
   * Resolves once they are on disk; rejects with why they were refused.
   */
  receiveFromPeer(events: readonly unknown[], from: unknown): Promise<ReceiveOutcome> {
    return this.fromPeers.add(events, from);
  }

  /** Lets in what is held back from one device, because a person chose to. */
  letInHeldBack(device: string): ReceiveOutcome {
    return this.afterIncoming(this.store.log.releaseHeldBack({ device, letIn: true }));
  }

  /** Events this laptop just wrote (with any statement they made it sign). */
  recordedHere(written: readonly SignedEvent[]): void {
    this.logProjection.apply(written);
    this.announceStored(written);
    if (written.some(isAboutRoomMembers)) this.notices.roomChanged();
  }

  /** Folds in what other processes stored on this folder since we last looked (everything, at open). */
  catchUp(): void {
    this.logProjection.foldInNew({
      log: (events) => {
        this.witnessLatest(events);
        this.announceStored(events);
        if (events.some(isAboutRoomMembers)) this.notices.roomChanged();
      },
      otherHistories: (events) => {
        this.announceStored([], events);
        this.notices.roomChanged();
      },
    });
  }

  /**
   * The room's time here moved (this laptop's clock was found behind the
   * room's): what was held back as too far ahead may be due now, and the
   * person is told at once.
   */
  roomTimeMoved(): void {
    this.releaseDue();
    this.notices.roomChanged();
  }

  /** Lets in what was held back and is due now, if it was not looked at for a while. */
  recheckHeldBack(): void {
    if (this.store.roomClock.now() - this.heldBackCheckedAt > HELD_BACK_RECHECK_MS) this.releaseDue();
  }

  /**
   * This laptop's device identity is in use on another laptop too (a data
   * folder copied in a way its location could not tell): it takes a new one
   * at the next start, and the Room screen says so now.
   */
  identityInUseElsewhere(why: string): void {
    if (renewalPending(this.store.settings) !== null) return;
    try {
      renewAtNextStart(this.store.settings, why);
    } catch {
      // A busy database: the next sign of it sets it.
      return;
    }
    this.notices.roomChanged();
  }

  /** Every event newly held here, with both histories to push as they are (sync/sync-port.ts). */
  onStored(listener: StoredListener): () => void {
    this.storedListeners.add(listener);
    return () => this.storedListeners.delete(listener);
  }

  close(): void {
    this.fromPeers.flush();
    this.storedListeners.clear();
  }

  private releaseDue(): void {
    this.heldBackCheckedAt = this.store.roomClock.now();
    if (this.store.log.heldBack().length > 0) this.afterIncoming(this.store.log.releaseHeldBack({ letIn: false }));
  }

  private afterIncoming(outcome: ReceiveOutcome): ReceiveOutcome {
    const written = outcome.signed.length === 0 ? outcome.stored : [...outcome.stored, ...outcome.signed];
    // A device's other history (a copied data folder) is shown like the rest:
    // both copies' people wrote it.
    this.logProjection.apply(outcome.forked.length === 0 ? written : [...written, ...outcome.forked]);
    this.announceStored(written, outcome.forked);
    if (outcome.ownIdentityElsewhere) this.identityInUseElsewhere('another laptop signed events as this laptop\'s device that this laptop never wrote');
    if (outcome.quarantined > 0 || outcome.forked.length > 0 || written.some(isAboutRoomMembers)) this.notices.roomChanged();
    return outcome;
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

  /**
   * The clock follows the latest stamp another process stored here (the
   * clock policy's step 2, shared/hlc.ts): the latest of a batch carries
   * every earlier one, so only it is witnessed.
   */
  private witnessLatest(events: readonly SignedEvent[]): void {
    let ours: SignedEvent | null = null;
    let theirs: SignedEvent | null = null;
    for (const event of events) {
      if (event.device === this.store.deviceId) {
        if (ours === null || event.hlc > ours.hlc) ours = event;
      } else if (theirs === null || event.hlc > theirs.hlc) {
        theirs = event;
      }
    }
    if (ours) this.store.clock.witness(decodeHlc(ours.hlc));
    if (theirs) this.store.log.witnessReceived(theirs);
  }
}

/** What several batches committed together did, as one outcome: shown, witnessed and passed on once. */
function together(outcomes: readonly ReceiveOutcome[]): ReceiveOutcome {
  return {
    stored: outcomes.flatMap((outcome) => outcome.stored),
    signed: outcomes.flatMap((outcome) => outcome.signed),
    quarantined: outcomes.reduce((sum, outcome) => sum + outcome.quarantined, 0),
    refusedRemoved: outcomes.reduce((sum, outcome) => sum + outcome.refusedRemoved, 0),
    forked: outcomes.flatMap((outcome) => outcome.forked),
    ownIdentityElsewhere: outcomes.some((outcome) => outcome.ownIdentityElsewhere),
    refusedDevices: [...new Set(outcomes.flatMap((outcome) => outcome.refusedDevices))],
    latest: latestStored(outcomes),
  };
}

/** A removal, or a statement that kept a removed device's past: the room view changes. */
function isAboutRoomMembers(event: SignedEvent): boolean {
  return event.type === DEVICE_REMOVED || event.type === DEVICE_HISTORY_KEPT;
}
