/**
 * TEMPORARY: the restart plan until board-core's `restartPlan` in
 * shared/services/restart-plan.ts lands on main; then this file goes and
 * planOf.ts imports that one (one computation per fact).
 */
import type { ServiceBoardView, ServiceView } from '../../../../shared/projection/board-views.js';
import { isVerifiedUp } from '../../../../shared/services/freshness.js';
import type { RestartPlanView } from '../../../../shared/services/restart-plan-view.js';

export function interimRestartPlan(board: ServiceBoardView, now: number): RestartPlanView {
  const byId = new Map(board.services.map((service) => [service.id, service] as const));
  const up = (id: string) => {
    const service = byId.get(id);
    return service !== undefined && isVerifiedUp(service, now);
  };
  const depth = new Map<string, number>();
  const depthOf = (service: ServiceView, seen: Set<string>): number => {
    const known = depth.get(service.id);
    if (known !== undefined) return known;
    seen.add(service.id);
    let deepest = -1;
    for (const id of service.dependsOnInScope) {
      const dependency = byId.get(id);
      if (dependency && !seen.has(id)) deepest = Math.max(deepest, depthOf(dependency, seen));
    }
    depth.set(service.id, deepest + 1);
    return deepest + 1;
  };
  for (const service of board.services) depthOf(service, new Set());
  const layerCount = Math.max(0, ...depth.values()) + (board.services.length > 0 ? 1 : 0);
  const layers = Array.from({ length: layerCount }, (_, index) => {
    const serviceIds = board.services.filter((service) => depth.get(service.id) === index).map((service) => service.id);
    return { index, serviceIds, verifiedUp: serviceIds.filter(up).length };
  });
  const notUp = board.services.filter((service) => !up(service.id));
  const ready = notUp.filter((service) => service.dependsOnInScope.every(up)).map((service) => service.id);
  const teams = [...new Set(ready.map((id) => byId.get(id)!.team))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const readyByTeam = teams.map((team) => ({ team, serviceIds: ready.filter((id) => byId.get(id)!.team === team) }));
  const waiting = notUp
    .filter((service) => !service.dependsOnInScope.every(up))
    .map((service) => ({ serviceId: service.id, waitingOn: service.dependsOnInScope.filter((id) => !up(id)) }));

  // Longest chain (by expected time, then length) of not-up services ending at a top-tier one.
  const best = new Map<string, { readonly ms: number; readonly chain: readonly string[] }>();
  const chainTo = (service: ServiceView): { readonly ms: number; readonly chain: readonly string[] } => {
    const known = best.get(service.id);
    if (known) return known;
    let before: { readonly ms: number; readonly chain: readonly string[] } = { ms: 0, chain: [] };
    for (const id of service.dependsOnInScope) {
      const dependency = byId.get(id);
      if (!dependency || up(id) || (depth.get(id) ?? 0) >= (depth.get(service.id) ?? 0)) continue;
      const candidate = chainTo(dependency);
      if (candidate.ms > before.ms || (candidate.ms === before.ms && candidate.chain.length > before.chain.length)) before = candidate;
    }
    const result = { ms: before.ms + (service.restartMs ?? 0), chain: [...before.chain, service.id] };
    best.set(service.id, result);
    return result;
  };
  const topTier = Math.min(...board.services.map((service) => service.tier));
  let path: { readonly ms: number; readonly chain: readonly string[] } = { ms: 0, chain: [] };
  for (const service of notUp.filter((each) => each.tier === topTier)) {
    const candidate = chainTo(service);
    if (candidate.ms > path.ms || (candidate.ms === path.ms && candidate.chain.length > path.chain.length)) path = candidate;
  }
  return {
    layers,
    ready,
    readyByTeam,
    waiting,
    criticalPath: path.chain,
    criticalPathMs: path.ms,
    unestimated: path.chain.filter((id) => byId.get(id)!.restartMs === null),
  };
}
