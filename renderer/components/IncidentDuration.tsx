import { incidentDurationMs, incidentEndedAt } from '../../shared/projection/views.js';
import type { IncidentView } from '../../shared/projection/views.js';
import { formatDuration } from '../time/format.js';
import { useNow } from '../time/useNow.js';

/** How long it has run so far, or, once resolved (or a drill ended), how long it lasted. */
export function IncidentDuration({ incident }: { readonly incident: IncidentView }) {
  const now = useNow();
  const ms = incidentDurationMs(incident, now);
  const minutes = Math.floor(ms / 60_000);
  return (
    <span className="duration">
      {incidentEndedAt(incident) === null ? 'Running ' : 'Lasted '}
      <time dateTime={`PT${minutes}M`}>{formatDuration(ms)}</time>
    </span>
  );
}
