/** The Actions screen's filters: each narrows the list, '' lets everything through. */
import type { ActionListItem } from '../../../shared/actions/action-list.js';
import { sameName } from '../../../shared/actions/owner-match.js';

export interface ActionFilter {
  readonly owner: string;
  /** A team's name, or NO_TEAM for owners not on the roster. */
  readonly team: string;
  /** An ActionStatus, or OPEN_OR_IN_PROGRESS. */
  readonly status: string;
  readonly kind: string;
}

export const NO_TEAM = '(none)';
export const OPEN_OR_IN_PROGRESS = 'open_or_in_progress';
export const NO_FILTER: ActionFilter = { owner: '', team: '', status: '', kind: '' };

export function matchesFilter(item: ActionListItem, filter: ActionFilter): boolean {
  if (filter.owner !== '' && !sameName(item.owner, filter.owner)) return false;
  if (filter.team !== '' && (item.ownerTeam ?? NO_TEAM) !== filter.team) return false;
  if (filter.status === OPEN_OR_IN_PROGRESS) {
    if (item.status !== 'open' && item.status !== 'in_progress') return false;
  } else if (filter.status !== '' && item.status !== filter.status) return false;
  return filter.kind === '' || item.kind === filter.kind;
}

/** The distinct values of a field, sorted, names differing only in case counted once (as the first seen). */
export function choicesOf(items: readonly ActionListItem[], valueOf: (item: ActionListItem) => string): string[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    const value = valueOf(item).trim();
    if (value !== '' && !seen.has(value.toLocaleLowerCase())) seen.set(value.toLocaleLowerCase(), value);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
