/**
 * What a service waits on before it may be marked up: its dependencies on
 * the board that are not verified up now. The host refuses on it; the
 * check form says it first, so the override is offered with the names.
 */
import type { ServiceView } from '../projection/board-views.js';
import { isVerifiedUp } from './freshness.js';

export function notVerifiedUp(service: Pick<ServiceView, 'dependsOnInScope'>, board: readonly ServiceView[], now: number): readonly ServiceView[] {
  const byId = new Map(board.map((one) => [one.id, one]));
  return service.dependsOnInScope.map((id) => byId.get(id)).filter((one): one is ServiceView => one !== undefined && !isVerifiedUp(one, now));
}
