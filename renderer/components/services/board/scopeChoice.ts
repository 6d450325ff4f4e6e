/**
 * Choosing services from the catalogue to bring onto the board: what the
 * add dialog lists (by tier, by team, by words typed), and how many will
 * come in, since each chosen one brings everything it depends on unless
 * the person says not to. Services already on the board are never counted
 * twice.
 */
import type { CatalogueService } from '../../../../shared/services/catalogue.js';
import { folded, matchesQuery } from '../../people/search.js';

export type ChoosableService = Pick<CatalogueService, 'serviceId' | 'name' | 'team' | 'tier' | 'dependsOn'>;

export interface CatalogueFilter {
  readonly query: string;
  /** '' for every team. */
  readonly team: string;
  /** null for every tier. */
  readonly tier: number | null;
}

export function catalogueMatches(service: ChoosableService, filter: CatalogueFilter): boolean {
  return (
    (filter.team === '' || service.team === filter.team) &&
    (filter.tier === null || service.tier === filter.tier) &&
    matchesQuery(filter.query, [service.name, service.serviceId, service.team], [])
  );
}

/**
 * Everything `chosen` depends on, and what that depends on, in the
 * catalogue: ids only, the chosen ones left out. A dependency the
 * catalogue does not know is left out too (the host says so).
 */
export function dependenciesOf(chosen: readonly string[], catalogue: readonly ChoosableService[]): readonly string[] {
  const byId = new Map(catalogue.map((service) => [service.serviceId, service]));
  const seen = new Set(chosen);
  const found: string[] = [];
  const queue = [...chosen];
  while (queue.length > 0) {
    const service = byId.get(queue.shift()!);
    for (const dependency of service?.dependsOn ?? []) {
      if (seen.has(dependency) || !byId.has(dependency)) continue;
      seen.add(dependency);
      found.push(dependency);
      queue.push(dependency);
    }
  }
  return found;
}

export interface ScopeCount {
  /** Chosen and not yet on the board. */
  readonly chosen: number;
  /** Brought in because a chosen one depends on them, not yet on the board. */
  readonly dependencies: number;
  readonly total: number;
}

export function scopeCount(chosen: readonly string[], withDependencies: boolean, catalogue: readonly ChoosableService[], inScope: ReadonlySet<string>): ScopeCount {
  const fresh = chosen.filter((id) => !inScope.has(id));
  const dependencies = withDependencies ? dependenciesOf(chosen, catalogue).filter((id) => !inScope.has(id)).length : 0;
  return { chosen: fresh.length, dependencies, total: fresh.length + dependencies };
}

const services = (n: number) => `${n} service${n === 1 ? '' : 's'}`;

/** "12 services will be added: 5 chosen and 7 they depend on." */
export function describeScopeCount(count: ScopeCount): string {
  if (count.total === 0) return 'Nothing new will be added: choose services that are not on the board yet.';
  if (count.dependencies === 0) return `${services(count.total)} will be added.`;
  return `${services(count.total)} will be added: ${count.chosen} chosen and ${count.dependencies} they depend on.`;
}

/** The catalogue's services whose name or id best match what was typed, for a quick picker: names starting with it first. */
export function searchCatalogue<S extends ChoosableService>(catalogue: readonly S[], query: string, limit: number, leaveOut: ReadonlySet<string> = new Set()): readonly S[] {
  if (query.trim() === '') return [];
  const typed = folded(query.trim());
  const found = catalogue.filter((service) => !leaveOut.has(service.serviceId) && catalogueMatches(service, { query, team: '', tier: null }));
  const starts = (service: S) => folded(service.name).startsWith(typed) || service.serviceId.startsWith(typed);
  return [...found.filter(starts), ...found.filter((service) => !starts(service))].slice(0, limit);
}
