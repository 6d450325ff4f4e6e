import type { ServiceBoardView } from '../../../../shared/projection/board-views.js';
import type { IncidentView } from '../../../../shared/projection/views.js';

/** The service board: every service in scope with its hand-checked state (issue 15; being built). */
export function ServiceBoard({ board }: { readonly incident: IncidentView; readonly board: ServiceBoardView }) {
  return (
    <section aria-label="Service board">
      <h2>Services</h2>
      <p>{board.services.length === 0 ? 'No services in scope yet.' : `${board.services.length} services in scope.`}</p>
    </section>
  );
}
