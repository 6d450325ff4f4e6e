/**
 * Narrowing the plan to one team or one tier, with the same labels as the
 * board's filters. The critical path is never narrowed: a chain cut by a
 * filter would lie about how long recovery takes.
 */
import type { ServiceBoardView, ServiceView } from '../../../../shared/projection/board-views.js';

export interface PlanFilter {
  /** null: every team; '' the services no team owns. */
  readonly team: string | null;
  /** null: every tier. */
  readonly tier: number | null;
}

export const NO_FILTER: PlanFilter = { team: null, tier: null };

export function matchesFilter(service: Pick<ServiceView, 'team' | 'tier'>, filter: PlanFilter): boolean {
  return (filter.team === null || service.team === filter.team) && (filter.tier === null || service.tier === filter.tier);
}

/** Every owning team on the board, sorted, with '' (no team) last when some service has none. */
export function teamsOf(board: ServiceBoardView): readonly string[] {
  const teams = [...new Set(board.services.map((service) => service.team))];
  return teams.sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en')));
}

export function tiersOf(board: ServiceBoardView): readonly number[] {
  return [...new Set(board.services.map((service) => service.tier))].sort((a, b) => a - b);
}

/** How a team is named on screen. */
export function teamLabel(team: string): string {
  return team === '' ? 'No owning team' : team;
}
