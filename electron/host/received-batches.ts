/**
 * Events messages from peers, committed together. A catch-up arrives as a
 * burst of messages (one socket's, or several peers' at once); committed one
 * by one, each paid its own fsync, the slowest part of storing them. Here a
 * message waits until the current turn of the event loop ends, and every
 * message that arrived by then is verified and committed in one transaction
 * (EventLog.storeVerifiedTogether): one fsync for the burst.
 *
 * Nothing is acknowledged before it is on disk: each message's answer (its
 * outcome, or why it was refused) is given only once the commit returned,
 * and the version vector a `have` carries names only committed events.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { ReceivedBatch } from '../store/event-log.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';

interface Waiting extends ReceivedBatch {
  readonly stored: (outcome: ReceiveOutcome) => void;
  readonly refused: (failure: HoldfastFailure) => void;
}

/** Stores batches in one transaction, each with its outcome or its refusal in its place. */
export type StoreTogether = (batches: readonly ReceivedBatch[]) => (ReceiveOutcome | HoldfastFailure)[];

export class ReceivedBatches {
  private waiting: Waiting[] = [];
  private scheduled: NodeJS.Immediate | null = null;

  constructor(
    private readonly storeTogether: StoreTogether,
    /** Told once per commit, with every batch it stored (in order): what follows storing (receive-pipeline.ts). */
    private readonly afterCommit: (outcomes: readonly ReceiveOutcome[]) => void,
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
    this.commit();
  }

  private commit(): void {
    this.scheduled = null;
    const batches = this.waiting;
    this.waiting = [];
    if (batches.length === 0) return;
    let results: (ReceiveOutcome | HoldfastFailure)[];
    try {
      results = this.storeTogether(batches);
      const outcomes = results.filter((result): result is ReceiveOutcome => !(result instanceof HoldfastFailure));
      if (outcomes.length > 0) this.afterCommit(outcomes);
    } catch (error) {
      // As when a message was stored alone: what failed after the commit ends the conversations it came in.
      const failure = error instanceof HoldfastFailure ? error : new HoldfastFailure('internal', `Sync failed: ${(error as Error).message}`);
      for (const batch of batches) batch.refused(failure);
      return;
    }
    // Answered in the order they came, so each conversation handles its messages in order.
    batches.forEach((batch, index) => {
      const result = results[index]!;
      if (result instanceof HoldfastFailure) batch.refused(result);
      else batch.stored(result);
    });
  }
}
