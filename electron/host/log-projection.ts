/**
 * The projection of this data folder's log, and how far into the log it
 * has read. Built from the whole log at open; events this process stores
 * are applied as they are stored; what other processes on the folder wrote
 * is folded in when the host looks again. Every change is told to the
 * subscribers.
 */
import type { SignedEvent } from '../../shared/events.js';
import { WarRoomProjection } from '../../shared/projection/projection.js';
import type { EventLog, StoredEvent } from '../store/event-log.js';
import type { HostNotices } from './host-notices.js';

/** Told of each batch folded in, once applied: the log's own events, or those kept as a device's other history. */
export interface FoldedIn {
  log(events: readonly SignedEvent[]): void;
  otherHistories(events: readonly SignedEvent[]): void;
}

/** How far into one table of the log the projection has read. */
interface ReadPosition {
  rowid: number;
}

export class LogProjection {
  readonly projection = new WarRoomProjection();
  private readonly logRead: ReadPosition = { rowid: 0 };
  private readonly otherHistoriesRead: ReadPosition = { rowid: 0 };

  constructor(
    private readonly log: EventLog,
    private readonly notices: HostNotices,
  ) {}

  apply(events: readonly SignedEvent[]): void {
    if (events.length === 0) return;
    if (this.notices.anyoneListening) this.notices.projectionChanged(this.projection.applyAll(events), this.projection);
    else this.projection.applyUntold(events);
  }

  /** Applies what the log holds beyond what was read before, in batches, telling `folded` of each. */
  foldInNew(folded: FoldedIn): void {
    this.foldIn(this.logRead, (after) => this.log.readAfter(after), folded.log);
    this.foldIn(this.otherHistoriesRead, (after) => this.log.readOtherHistoriesAfter(after), folded.otherHistories);
  }

  private foldIn(position: ReadPosition, readAfter: (rowid: number) => StoredEvent[], tell: (events: readonly SignedEvent[]) => void): void {
    for (;;) {
      const batch = readAfter(position.rowid);
      if (batch.length === 0) return;
      position.rowid = batch[batch.length - 1]!.rowid;
      const events = batch.map((stored) => stored.event);
      this.apply(events);
      tell(events);
    }
  }
}
