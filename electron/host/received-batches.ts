/**
 * Events messages from peers, committed together. A catch-up arrives as a
 * burst of messages (one socket's, or several peers' at once); committed one
 * by one, each paid its own fsync, the slowest part of storing them. Here a
 * message waits until the current turn of the event loop ends, and every
 * message that arrived by then is verified and committed in one transaction
 * (EventLog.storeVerifiedTogether): one fsync for the burst.
 *
 * A commit takes at most COMMIT_AT_MOST_EVENTS, and what waits beyond goes
 * in the next turn: verifying, storing and projecting hold up the event
 * loop, and a room catching up all at once (twenty laptops, relays on top)
 * would otherwise commit tens of thousands of events in one go while the
 * links' heartbeats and the handshakes of laptops still joining went
 * unanswered, and were cut as silent.
 *
 * Nothing is acknowledged before it is on disk: each message's answer (its
 * outcome, or why it was refused) is given only once the commit returned,
 * and the version vector a `have` carries names only committed events.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { MAX_EVENTS_PER_BATCH } from '../../shared/sync/message-bounds.js';
import { EARLIER_BATCH_REFUSED, type ReceivedBatch } from '../store/event-log.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';

interface Waiting extends ReceivedBatch {
  readonly stored: (outcome: ReceiveOutcome) => void;
  readonly refused: (failure: HoldfastFailure) => void;
}

/** Stores batches in one transaction, each with its outcome or its refusal in its place. */
export type StoreTogether = (batches: readonly ReceivedBatch[]) => (ReceiveOutcome | HoldfastFailure)[];

/** Two full messages' worth (MAX_EVENTS_PER_BATCH): a commit of tens of milliseconds, one fsync for a burst of small ones. */
export const COMMIT_AT_MOST_EVENTS = 2 * MAX_EVENTS_PER_BATCH;

export class ReceivedBatches {
  private waiting: Waiting[] = [];
  /** Conversations one of whose batches was refused while later ones still wait. */
  private readonly refusedConversations = new Set<unknown>();
  private scheduled: NodeJS.Immediate | null = null;

  constructor(
    private readonly storeTogether: StoreTogether,
    /** Told once per commit, with every batch it stored (in order): what follows storing (receive-pipeline.ts). */
    private readonly afterCommit: (outcomes: readonly ReceiveOutcome[]) => void,
    private readonly atMostEvents = COMMIT_AT_MOST_EVENTS,
  ) {}

  /** Resolves once the batch is on disk, with its outcome; rejects with the reason it was refused (then nothing of it is stored). */
  add(events: readonly unknown[], from: unknown): Promise<ReceiveOutcome> {
    return new Promise<ReceiveOutcome>((stored, refused) => {
      this.waiting.push({ events, from, stored, refused });
      this.scheduled ??= setImmediate(() => this.commit());
    });
  }

  /** Commits what is waiting now (the host is closing): what a peer sent and verifies is not dropped. */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    while (this.waiting.length > 0) this.commitOnce(this.takeOneCommit());
  }

  private commit(): void {
    this.scheduled = null;
    const batches = this.takeOneCommit();
    if (this.waiting.length > 0) this.scheduled = setImmediate(() => this.commit());
    this.commitOnce(batches);
  }

  private commitOnce(batches: readonly Waiting[]): void {
    if (batches.length === 0) return;
    let results: (ReceiveOutcome | HoldfastFailure)[];
    try {
      results = this.storeTogether(batches);
      const outcomes = results.filter((result): result is ReceiveOutcome => !(result instanceof HoldfastFailure));
      if (outcomes.length > 0) this.afterCommit(outcomes);
    } catch (error) {
      // As when a message was stored alone: what failed after the commit ends the conversations it came in.
      const failure = error instanceof HoldfastFailure ? error : new HoldfastFailure('internal', `Sync failed: ${(error as Error).message}`);
      for (const batch of batches) this.refuse(batch, failure);
      return;
    }
    // Answered in the order they came, so each conversation handles its messages in order.
    batches.forEach((batch, index) => {
      const result = results[index]!;
      if (result instanceof HoldfastFailure) this.refuse(batch, result);
      else batch.stored(result);
    });
  }

  /**
   * The oldest waiting batches, up to atMostEvents in all (one at least,
   * however large). Those of a conversation refused in an earlier commit are
   * refused unchecked, as within one (EventLog.storeVerifiedTogether): they
   * may build on what was refused.
   */
  private takeOneCommit(): Waiting[] {
    const taken: Waiting[] = [];
    let events = 0;
    while (this.waiting.length > 0) {
      const next = this.waiting[0]!;
      if (this.refusedConversations.has(next.from)) {
        this.waiting.shift();
        next.refused(new HoldfastFailure('invalid_input', EARLIER_BATCH_REFUSED));
        continue;
      }
      if (taken.length > 0 && events + next.events.length > this.atMostEvents) break;
      events += next.events.length;
      taken.push(this.waiting.shift()!);
    }
    if (this.waiting.length === 0) this.refusedConversations.clear();
    return taken;
  }

  private refuse(batch: Waiting, failure: HoldfastFailure): void {
    if (this.waiting.some((waiting) => waiting.from === batch.from)) this.refusedConversations.add(batch.from);
    batch.refused(failure);
  }
}
