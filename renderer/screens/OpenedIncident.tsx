import type { ReactNode } from 'react';
import type { IncidentView } from '../../shared/projection/views.js';
import { useHoldfast } from '../store/context.js';

/**
 * A screen about one incident: shows it once the store holds it, and until
 * then says it is loading, or why it could not be opened (a mistyped link,
 * an incident this laptop has not received yet).
 */
export function OpenedIncident({ incidentId, show }: { readonly incidentId: string; readonly show: (incident: IncidentView) => ReactNode }) {
  const incident = useHoldfast((state) => state.incidents[incidentId]);
  const problem = useHoldfast((state) => state.openProblem);

  if (incident) return show(incident);
  return problem === null ? (
    <p role="status">Loading incident…</p>
  ) : (
    <p role="alert" className="alert">
      {problem}
    </p>
  );
}
