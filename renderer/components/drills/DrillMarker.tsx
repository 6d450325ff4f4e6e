import type { IncidentView } from '../../../shared/projection/views.js';
import './drills.css';

/**
 * A rehearsal says so wherever it is listed: nobody should mistake a drill
 * for a real outage at a glance, nor a real outage for a drill. In words,
 * never by colour alone.
 */
export function DrillMarker({ incident }: { readonly incident: Pick<IncidentView, 'drill'> }) {
  if (incident.drill === null) return null;
  return <span className="drill-marker">Drill</span>;
}
