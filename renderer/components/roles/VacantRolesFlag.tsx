import type { IncidentView } from '../../../shared/projection/views.js';
import './roles.css';

/**
 * The key roles nobody holds while the incident is open, named: nobody
 * coordinating, reporting or talking to partners is how an outage turns
 * into chaos, so it shows on the incident list and in the incident's head.
 */
export function VacantRolesFlag({ incident }: { readonly incident: Pick<IncidentView, 'vacantKeyRoles'> }) {
  if (incident.vacantKeyRoles.length === 0) return null;
  return <span className="vacant-roles">Vacant: {incident.vacantKeyRoles.join(', ')}</span>;
}
