/**
 * Which tiles the board shows: by owning team, by tier, and "only what is
 * not up" (everything but verified up), so a team lead finds their own
 * twelve services among 150.
 */
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { statusKind } from './serviceStatus.js';

export interface BoardFilter {
  /** '' for every team. */
  readonly team: string;
  /** null for every tier. */
  readonly tier: number | null;
  readonly onlyNotUp: boolean;
}

export const NO_FILTER: BoardFilter = { team: '', tier: null, onlyNotUp: false };

export function isFiltered(filter: BoardFilter): boolean {
  return filter.team !== '' || filter.tier !== null || filter.onlyNotUp;
}

export function filterServices<S extends Pick<ServiceView, 'team' | 'tier' | 'state' | 'lastCheck' | 'freshnessMs' | 'confirmation'>>(
  services: readonly S[],
  filter: BoardFilter,
  now: number,
): readonly S[] {
  if (!isFiltered(filter)) return services;
  return services.filter(
    (service) =>
      (filter.team === '' || service.team === filter.team) &&
      (filter.tier === null || service.tier === filter.tier) &&
      (!filter.onlyNotUp || statusKind(service, now) !== 'up'),
  );
}

/** The teams and tiers on the board, to choose from: sorted, each once (a service with no team shows under every team only). */
export function filterChoices(services: readonly Pick<ServiceView, 'team' | 'tier'>[]): { readonly teams: readonly string[]; readonly tiers: readonly number[] } {
  const teams = [...new Set(services.map((service) => service.team).filter((team) => team !== ''))].sort((a, b) => a.localeCompare(b));
  const tiers = [...new Set(services.map((service) => service.tier))].sort((a, b) => a - b);
  return { teams, tiers };
}

/** "Showing 12 of 142: team Network, tier 1, not up only". */
export function describeFilter(filter: BoardFilter, shown: number, total: number): string {
  const parts = [
    filter.team === '' ? null : `team ${filter.team}`,
    filter.tier === null ? null : `tier ${filter.tier}`,
    filter.onlyNotUp ? 'only what is not verified up' : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? `Showing all ${total}` : `Showing ${shown} of ${total}: ${parts.join(', ')}`;
}
