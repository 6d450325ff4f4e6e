/**
 * The projection of this data folder's log, and how far into the log it
 * has read. Built from the whole log at open; events this process stores
 * are applied as they are stored; what other processes on the folder wrote
 * is folded in when the host looks again. Every change is told to the
 * subscribers.
 */
import type { SignedEvent } from '../../shared/events.js';
import { WarRoomProjection } from '../../shared/projection/projection.js';
import type { EventLog } from '../store/event-log.js';
import type { HostNotices } from './host-notices.js';

/** Told of each batch folded in, once applied: the log's own events, or those kept as a device's other history. */
export interface FoldedIn {
  log(events: readonly SignedEvent[]): void;
  otherHistories(events: readonly SignedEvent[]): void;
}

export class LogProjection {
  readonly projection = new WarRoomProjection();
  private lastRowid = 0;
  private lastOtherHistoryRowid = 0;

  constructor(
    private readonly log: EventLog,
    private readonly notices: HostNotices,
  ) {}

  apply(events: readonly SignedEvent[]): void {
    if (events.length > 0) this.notices.projectionChanged(this.projection.applyAll(events), this.projection);
  }

  /** Applies what the log holds beyond what was read before, in batches, telling `folded` of each. */
  foldInNew(folded: FoldedIn): void {
    for (;;) {
      const batch = this.log.readAfter(this.lastRowid);
      if (batch.length === 0) break;
      this.lastRowid = batch[batch.length - 1]!.rowid;
      const events = batch.map((stored) => stored.event);
      this.apply(events);
      folded.log(events);
    }
    for (;;) {
      const batch = this.log.readOtherHistoriesAfter(this.lastOtherHistoryRowid);
      if (batch.length === 0) break;
      this.lastOtherHistoryRowid = batch[batch.length - 1]!.rowid;
      const events = batch.map((stored) => stored.event);
      this.apply(events);
      folded.otherHistories(events);
    }
  }
}
