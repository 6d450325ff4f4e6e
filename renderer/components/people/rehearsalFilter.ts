/**
 * The People screen's filter by rehearsal: everyone, or those who never
 * rehearsed a given key role in a drill, or never rehearsed any role.
 */
import { keyRolesNeverRehearsed, type RehearsedRole } from '../../../shared/checklists/rehearsed-roles.js';
import { KEY_ROLES } from '../../../shared/roles/roles.js';

export type RehearsalFilter = 'anyone' | 'no-role' | (typeof KEY_ROLES)[number]['id'];

export const REHEARSAL_FILTERS: readonly { readonly value: RehearsalFilter; readonly label: string }[] = [
  { value: 'anyone', label: 'Anyone' },
  ...KEY_ROLES.map(({ id, name }) => ({ value: id, label: `Never rehearsed ${name}` })),
  { value: 'no-role', label: 'Never rehearsed any role' },
];

/** Whether someone with these rehearsals is shown under the filter. */
export function passesRehearsalFilter(filter: RehearsalFilter, theirs: readonly RehearsedRole[]): boolean {
  if (filter === 'anyone') return true;
  if (filter === 'no-role') return theirs.length === 0;
  const role = KEY_ROLES.find((key) => key.id === filter)!;
  return keyRolesNeverRehearsed(theirs).includes(role.name);
}

/** How the count line names the filter ("never rehearsed Coordinator"). */
export function rehearsalFilterWords(filter: RehearsalFilter): string {
  return filter === 'anyone' ? '' : REHEARSAL_FILTERS.find((option) => option.value === filter)!.label.toLocaleLowerCase();
}
