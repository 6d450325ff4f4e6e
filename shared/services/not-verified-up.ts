/**
 * What a service waits on before it may be marked up: its dependencies on
 * the board that are not verified up now. The host judges the same when it
 * refuses; the form says it first, so the override is offered with names.
 */
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { isVerifiedUp } from '../../../../shared/services/freshness.js';

export function notVerifiedUp(service: Pick<ServiceView, 'dependsOnInScope'>, board: readonly ServiceView[], now: number): readonly ServiceView[] {
  const byId = new Map(board.map((one) => [one.id, one]));
  return service.dependsOnInScope.map((id) => byId.get(id)).filter((one): one is ServiceView => one !== undefined && !isVerifiedUp(one, now));
}
