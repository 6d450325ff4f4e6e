import type { ServiceBoardView } from '../../../../shared/projection/board-views.js';
import type { RestartPlanView } from '../../../../shared/services/restart-plan-view.js';
import { interimRestartPlan } from './interimRestartPlan.js';

/** The plan of the board as it stands at `now` (checks go stale with time). */
export function planOf(board: ServiceBoardView, now: number): RestartPlanView {
  return interimRestartPlan(board, now);
}
