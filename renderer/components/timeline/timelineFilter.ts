/**
 * Which entries a reader wants to see: by kind (or all of people's words, or
 * only what Holdfast wrote itself), by author, and by role. A role stands for
 * whoever held it when the entry was written, so a filter on "Coordinator"
 * follows the role across shifts rather than one name.
 */
import type { RoleView, TimelineEntryView, TimelineKind } from '../../../shared/projection/views.js';

export type KindChoice = 'all' | 'people' | 'automatic' | TimelineKind;

export interface TimelineFilter {
  readonly kind: KindChoice;
  /** An author's name, or '' for everyone. */
  readonly author: string;
  /** A role's id, or '' for any role. */
  readonly roleId: string;
}

export const NO_FILTER: TimelineFilter = { kind: 'all', author: '', roleId: '' };

export function isFiltering(filter: TimelineFilter): boolean {
  return filter.kind !== 'all' || filter.author !== '' || filter.roleId !== '';
}

/** Written by Holdfast on its own (a role added, a checklist attached, a status change), not typed by a person. */
export function isAutomatic(entry: Pick<TimelineEntryView, 'editable'>): boolean {
  return !entry.editable;
}

function kindMatches(entry: TimelineEntryView, kind: KindChoice): boolean {
  if (kind === 'all') return true;
  if (kind === 'people') return !isAutomatic(entry);
  if (kind === 'automatic') return isAutomatic(entry);
  return entry.kind === kind;
}

/** Who held the role at a moment: the last change at or before it. */
export function holderAt(role: RoleView, at: number): string | null {
  let holder: string | null = null;
  for (const change of role.history) {
    if (change.at > at) break;
    holder = change.to;
  }
  return holder;
}

/**
 * The author is the holder. People sign in by a short name ("Ana") while
 * the roster gives roles their full one ("Ana Lopez"): a first name counts.
 */
function isHolder(author: string, holder: string | null): boolean {
  if (holder === null) return false;
  return holder === author || holder.split(/\s+/)[0] === author;
}

export function filterEntries(
  entries: readonly TimelineEntryView[],
  filter: TimelineFilter,
  roles: readonly RoleView[],
): readonly TimelineEntryView[] {
  if (!isFiltering(filter)) return entries;
  const role = roles.find((candidate) => candidate.id === filter.roleId) ?? null;
  return entries.filter(
    (entry) =>
      kindMatches(entry, filter.kind) &&
      (filter.author === '' || entry.author === filter.author) &&
      (filter.roleId === '' || (role !== null && isHolder(entry.author, holderAt(role, entry.recordedAt)))),
  );
}
