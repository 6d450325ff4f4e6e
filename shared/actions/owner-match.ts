/**
 * Who owns an action item, on the roster: the person it was saved with
 * (ownerPersonId) if still there, else a roster person of the same name
 * (case and surrounding spaces aside). Owner text typed by hand that
 * matches nobody has no team and is "not on the roster".
 */
import type { PersonView } from '../projection/views.js';

export const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function ownerOnRoster(item: { readonly owner: string; readonly ownerPersonId: string | null }, people: readonly PersonView[]): PersonView | null {
  if (item.ownerPersonId !== null) {
    const saved = people.find((person) => person.id === item.ownerPersonId);
    if (saved) return saved;
  }
  return people.find((person) => sameName(person.name, item.owner)) ?? null;
}

/**
 * Whether `me` (this laptop's session name, or the roster person of that
 * name) owns the item: by name, or by the roster person the item was saved with.
 */
export function isOwnedBy(item: { readonly owner: string; readonly ownerPersonId: string | null }, me: string, people: readonly PersonView[]): boolean {
  if (me.trim() === '') return false;
  if (sameName(item.owner, me)) return true;
  const owner = ownerOnRoster(item, people);
  return owner !== null && sameName(owner.name, me);
}
