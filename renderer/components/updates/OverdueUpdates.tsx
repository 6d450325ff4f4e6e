import { useShallow } from 'zustand/react/shallow';
import type { IncidentView } from '../../../shared/projection/views.js';
import { updateOverdueMs } from '../../../shared/updates/due.js';
import { hrefFor } from '../../navigation/route.js';
import { useHoldfast } from '../../store/context.js';
import { selectIncidentList } from '../../store/selectors.js';
import { formatDuration } from '../../time/format.js';
import { useNow } from '../../time/useNow.js';
import { useCadence } from './useCadence.js';
import './updates.css';

/**
 * A banner on every screen while any incident's status update is overdue:
 * whoever is on the People screen or the Room screen still sees that
 * management or customers are waiting, and goes to the incident in one click.
 */
export function OverdueUpdates() {
  const incidents = useHoldfast(useShallow((state) => selectIncidentList(state).filter((incident) => incident.status !== 'resolved')));
  const now = useNow();
  const cadence = useCadence();
  const overdue = incidents
    .map((incident) => ({ incident, overdueMs: updateOverdueMs(incident, cadence, now) }))
    .filter((entry): entry is { incident: IncidentView; overdueMs: number } => entry.overdueMs !== null)
    .sort((a, b) => b.overdueMs - a.overdueMs);
  if (overdue.length === 0) return null;
  return (
    <section className="banner-overdue" aria-label="Overdue status updates">
      <strong>{overdue.length === 1 ? 'Status update overdue:' : `${overdue.length} status updates overdue:`}</strong>
      <ul>
        {overdue.map(({ incident, overdueMs }) => (
          <li key={incident.id}>
            <a href={hrefFor({ screen: 'incident', incidentId: incident.id })}>{incident.title}</a> ({incident.severity}), due{' '}
            {formatDuration(overdueMs)} ago
          </li>
        ))}
      </ul>
    </section>
  );
}
