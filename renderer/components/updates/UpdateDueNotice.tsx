import type { IncidentView } from '../../../shared/projection/views.js';
import { formatClockWithDay, formatDuration, formatFullTime } from '../../time/format.js';
import { useUpdateDue } from './useUpdateDue.js';

/**
 * In the incident: when the next status update is due, or, loudly, how long
 * it is overdue. The reporter owes management and customers a rhythm; a
 * missed one is the first thing they notice.
 */
export function UpdateDueNotice({ incident }: { readonly incident: IncidentView }) {
  const { dueAt, overdueMs, now } = useUpdateDue(incident);
  if (dueAt === null) return <p className="update-due">Resolved: no further status updates are owed.</p>;
  const due = (
    <time dateTime={new Date(dueAt).toISOString()} title={formatFullTime(dueAt)}>
      {formatClockWithDay(dueAt, now)}
    </time>
  );
  if (overdueMs !== null) {
    return (
      <p role="alert" className="update-due update-overdue">
        <strong>Status update overdue by {formatDuration(overdueMs)}.</strong> It was due at {due}
        {incident.statusUpdates.length === 0 ? ', a cadence after the incident was declared' : ''}.
      </p>
    );
  }
  return (
    <p className="update-due">
      Next update due at {due} (in {formatDuration(dueAt - now)}).
    </p>
  );
}
