import type { ServiceBoardView } from '../../../../shared/projection/board-views.js';
import type { IncidentView } from '../../../../shared/projection/views.js';

/** The restart plan: the board's services in dependency layers (issue 15; being built). */
export function RestartPlan({ board }: { readonly incident: IncidentView; readonly board: ServiceBoardView }) {
  if (board.services.length === 0) return null;
  return (
    <section aria-label="Restart plan">
      <h2>Restart plan</h2>
    </section>
  );
}
