/**
 * What every subscriber (a window, a browser tab) is told, and how often:
 * the incidents, entries and checklists a change touched at once; the
 * roster whole, once per turn of the event loop; the room at most every
 * 100 ms, however fast peers come and go. One broken subscriber never stops
 * the others being told.
 */
import type { HostNotice, Session } from '../../shared/api.js';
import type { ProjectionChange, WarRoomProjection } from '../../shared/projection/projection.js';
import type { RoomView } from '../../shared/room/views.js';
import { BoardChanges } from './board-changes.js';

const ROOM_NOTICE_EVERY_MS = 100;

export class HostNotices {
  private readonly listeners = new Set<(notice: HostNotice) => void>();
  private roomNoticeTimer: NodeJS.Timeout | undefined;
  private rosterNoticePending = false;
  private readonly boardChanges = new BoardChanges();

  constructor(private readonly roomView: () => RoomView) {}

  subscribe(listener: (notice: HostNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether anyone is subscribed: a change nobody will be told of need not be listed. */
  get anyoneListening(): boolean {
    return this.listeners.size > 0;
  }

  /** Tells every subscriber what a change of the projection touched. */
  projectionChanged(change: ProjectionChange, projection: WarRoomProjection): void {
    if (this.listeners.size === 0) return;
    if (change.roster) this.scheduleRosterNotice(projection);
    if (change.readiness) this.emit({ type: 'readiness' });
    if (change.incidentIds.size === 0 && change.entryIds.size === 0 && change.checklistIds.size === 0 && change.boardIds.size === 0 && change.outreachIds.size === 0 && change.removedEntries.size === 0) return;
    const incidents = [...change.incidentIds].flatMap((id) => projection.incident(id) ?? []);
    const entries = [...change.entryIds].flatMap((id) => projection.entry(id) ?? []);
    const checklists = [...change.checklistIds].flatMap((id) => projection.checklist(id) ?? []);
    const boardChanges = [...change.boardIds].map((id) => this.boardChanges.changeOf(projection.board(id)));
    const outreach = [...change.outreachIds].map((id) => projection.outreach(id));
    const removedEntries = [...change.removedEntries].map(([entryId, incidentId]) => ({ incidentId, entryId }));
    this.emit({ type: 'changed', incidents, entries, checklists, boardChanges, outreach, removedEntries });
  }

  /** Tells every subscriber the room changed (peers, progress, removals), at most every 100 ms. */
  roomChanged(): void {
    if (this.roomNoticeTimer || this.listeners.size === 0) return;
    this.roomNoticeTimer = setTimeout(() => {
      this.roomNoticeTimer = undefined;
      this.emit({ type: 'room', room: this.roomView() });
    }, ROOM_NOTICE_EVERY_MS);
    this.roomNoticeTimer.unref();
  }

  sessionChanged(session: Session): void {
    this.emit({ type: 'session', session });
  }

  close(): void {
    if (this.roomNoticeTimer) clearTimeout(this.roomNoticeTimer);
    this.listeners.clear();
  }

  /**
   * The roster goes out whole, once per turn of the event loop: an import
   * records one event per person, and telling every screen the whole roster
   * after each would send megabytes for a few thousand people.
   */
  private scheduleRosterNotice(projection: WarRoomProjection): void {
    if (this.rosterNoticePending) return;
    this.rosterNoticePending = true;
    setImmediate(() => {
      this.rosterNoticePending = false;
      if (this.listeners.size > 0) this.emit({ type: 'roster', people: projection.people(), partners: projection.partners() });
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
