/**
 * When the reporter's next update falls due: the rhythm every laptop checks
 * to warn the room that an update is late.
 *
 * - Before any update: a cadence after the incident was declared, at its
 *   current severity (a SEV1 declared at 14:00 owes its first update by
 *   14:30).
 * - After one: when the latest update said the next would come. That
 *   promise stands even if the severity changes; the reporter makes the next
 *   promise on the new cadence.
 * - The latest update promised none, but the incident is open (it was
 *   reopened after "no further updates"): a cadence after that update.
 * - A resolved incident owes nothing, and is never overdue.
 *
 * Every audience counts: the rhythm is the reporter's, not one audience's.
 */
import type { IncidentView, StatusUpdateView } from '../projection/views.js';
import type { Cadence } from './cadence.js';

type Rhythm = Pick<IncidentView, 'status' | 'severity' | 'declaredAt' | 'statusUpdates'>;

const MINUTE_MS = 60_000;

/** The latest update published, whatever its audience; null before any. */
export function latestUpdate(incident: Pick<IncidentView, 'statusUpdates'>): StatusUpdateView | null {
  let latest: StatusUpdateView | null = null;
  for (const update of incident.statusUpdates) {
    if (latest === null || update.at >= latest.at) latest = update;
  }
  return latest;
}

/** When the next update is due (ms since the epoch), or null when none is owed. */
export function nextUpdateDueAt(incident: Rhythm, cadence: Cadence): number | null {
  if (incident.status === 'resolved') return null;
  const cadenceMs = cadence[incident.severity] * MINUTE_MS;
  const latest = latestUpdate(incident);
  if (latest === null) return incident.declaredAt + cadenceMs;
  return latest.nextUpdateAt ?? latest.at + cadenceMs;
}

/** How long the next update is overdue at `now`, or null while it is not (or none is owed). */
export function updateOverdueMs(incident: Rhythm, cadence: Cadence, now: number): number | null {
  const dueAt = nextUpdateDueAt(incident, cadence);
  return dueAt !== null && now > dueAt ? now - dueAt : null;
}

/** The time the composer proposes for the next update: a cadence from now, to the minute. */
export function proposedNextUpdateAt(incident: Pick<IncidentView, 'severity'>, cadence: Cadence, now: number): number {
  return Math.ceil((now + cadence[incident.severity] * MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
}
