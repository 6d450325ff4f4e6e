import type { IncidentView } from '../../../shared/projection/views.js';
import { useHoldfast } from '../../store/context.js';
import { selectBoard } from '../../store/boards.js';
import { ServiceBoard } from './board/ServiceBoard.js';
import { RestartPlan } from './plan/RestartPlan.js';

/**
 * The incident's services: the board of hand checks, and the restart plan
 * drawn from it (what can start now, what waits on what).
 */
export function ServicePanel({ incident }: { readonly incident: IncidentView }) {
  const board = useHoldfast((state) => selectBoard(state, incident.id));
  return (
    <div className="service-panel">
      <ServiceBoard incident={incident} board={board} />
      <RestartPlan incident={incident} board={board} />
    </div>
  );
}
