/**
 * The restart plan: the board's services in dependency layers, what can
 * start now (everything it depends on is verified up), what waits on what,
 * and the critical path to the top tier. Judged at one moment, since a hand
 * check goes stale with time: a dependency checked up an hour ago does not
 * let anything start (DOMAIN.md: restarting in the wrong order broke what had
 * just come up). Pure, and linear in the services and their dependencies.
 *
 * A dependency cycle cannot come from a checked catalogue, but a board is
 * whatever the log says: the edge that would close a circle (met walking
 * the board in its order) is left out of the layers and the path, rather
 * than looping.
 */
import type { ServiceBoardView, ServiceView } from '../projection/board-views.js';
import { isVerifiedUp } from './freshness.js';
import type { ReadyTeamView, RestartLayerView, RestartPlanView, WaitingServiceView } from './restart-plan-view.js';

export function restartPlan(board: ServiceBoardView, now: number): RestartPlanView {
  const services = board.services;
  const byId = new Map(services.map((service) => [service.id, service] as const));
  const position = new Map(services.map((service, index) => [service.id, index] as const));
  const verified = new Set(services.filter((service) => isVerifiedUp(service, now)).map((service) => service.id));
  const dependsOn = acyclicDependencies(services);

  const layerOf = new Map<string, number>();
  for (const id of dependencyFirst(services, dependsOn)) {
    layerOf.set(id, Math.max(-1, ...dependsOn.get(id)!.map((dependency) => layerOf.get(dependency)!)) + 1);
  }
  const layers: { index: number; serviceIds: string[]; verifiedUp: number }[] = [];
  for (const service of services) {
    const index = layerOf.get(service.id)!;
    while (layers.length <= index) layers.push({ index: layers.length, serviceIds: [], verifiedUp: 0 });
    layers[index]!.serviceIds.push(service.id);
    if (verified.has(service.id)) layers[index]!.verifiedUp += 1;
  }

  const ready: string[] = [];
  const waiting: WaitingServiceView[] = [];
  for (const service of services) {
    if (verified.has(service.id)) continue;
    const waitingOn = service.dependsOnInScope.filter((dependency) => !verified.has(dependency));
    if (waitingOn.length === 0) ready.push(service.id);
    else waiting.push({ serviceId: service.id, waitingOn: [...waitingOn].sort((a, b) => position.get(a)! - position.get(b)!) });
  }

  const path = criticalPathOf(services, dependsOn, verified, byId);
  return {
    layers: layers satisfies RestartLayerView[],
    ready,
    readyByTeam: byTeam(ready.map((id) => byId.get(id)!)),
    waiting,
    criticalPath: path,
    criticalPathMs: path.reduce((total, id) => total + (byId.get(id)!.restartMs ?? 0), 0),
    unestimated: path.filter((id) => byId.get(id)!.restartMs === null),
  };
}

/**
 * Each service's in-scope dependencies, less any edge that would close a
 * circle: a depth-first walk in board order drops the edge back to a
 * service still being walked.
 */
function acyclicDependencies(services: readonly ServiceView[]): Map<string, readonly string[]> {
  const inScope = new Map(services.map((service) => [service.id, service] as const));
  const kept = new Map<string, readonly string[]>();
  const walking = new Set<string>();
  const visit = (service: ServiceView): void => {
    if (kept.has(service.id) || walking.has(service.id)) return;
    walking.add(service.id);
    const dependencies: string[] = [];
    for (const id of service.dependsOnInScope) {
      const dependency = inScope.get(id);
      if (!dependency || walking.has(id)) continue;
      visit(dependency);
      dependencies.push(id);
    }
    walking.delete(service.id);
    kept.set(service.id, dependencies);
  };
  for (const service of services) visit(service);
  return kept;
}

/** Every service after all it depends on (the dependencies being acyclic). */
function dependencyFirst(services: readonly ServiceView[], dependsOn: ReadonlyMap<string, readonly string[]>): string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (id: string): void => {
    if (placed.has(id)) return;
    placed.add(id);
    for (const dependency of dependsOn.get(id)!) place(dependency);
    order.push(id);
  };
  for (const service of services) place(service.id);
  return order;
}

interface Chain {
  readonly ms: number;
  readonly count: number;
  /** The service before this one on the chain (what it depends on), or null at its start. */
  readonly previous: string | null;
}

const longer = (a: Chain, b: Chain) => a.ms > b.ms || (a.ms === b.ms && a.count > b.count);

/**
 * The chain of services not verified up, each depending on the one before,
 * with the most expected restart time, ending at a service of the best tier
 * still to bring back. Ties go to the chain with more services (it carries
 * the unestimated ones), then to the service earlier on the board.
 */
function criticalPathOf(
  services: readonly ServiceView[],
  dependsOn: ReadonlyMap<string, readonly string[]>,
  verified: ReadonlySet<string>,
  byId: ReadonlyMap<string, ServiceView>,
): string[] {
  const open = services.filter((service) => !verified.has(service.id));
  if (open.length === 0) return [];
  const chains = new Map<string, Chain>();
  for (const id of dependencyFirst(open, dependsOn)) {
    if (verified.has(id)) continue;
    let best: Chain = { ms: 0, count: 0, previous: null };
    for (const dependency of dependsOn.get(id)!) {
      const chain = chains.get(dependency);
      // Verified-up dependencies are done: the chain starts after them.
      if (chain && longer(chain, best)) best = { ms: chain.ms, count: chain.count, previous: dependency };
    }
    chains.set(id, { ms: best.ms + (byId.get(id)!.restartMs ?? 0), count: best.count + 1, previous: best.previous });
  }
  const bestTier = Math.min(...open.map((service) => service.tier));
  let end: string | null = null;
  for (const service of open) {
    if (service.tier !== bestTier) continue;
    if (end === null || longer(chains.get(service.id)!, chains.get(end)!)) end = service.id;
  }
  const path: string[] = [];
  for (let id = end; id !== null; id = chains.get(id)!.previous) path.unshift(id);
  return path;
}

/** Ready services by owning team, teams by name, services with no team last. */
function byTeam(ready: readonly ServiceView[]): ReadyTeamView[] {
  const teams = new Map<string, string[]>();
  for (const service of ready) teams.set(service.team, [...(teams.get(service.team) ?? []), service.id]);
  return [...teams.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en')))
    .map(([team, serviceIds]) => ({ team, serviceIds }));
}
