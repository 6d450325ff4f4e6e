/**
 * Finding people on the roster by what a person remembers under stress: part
 * of a name, the team, the chat handle. Accents and case do not matter, and
 * whoever is on call comes first: they are the ones to call.
 */
import type { PersonView } from '../../../shared/projection/views.js';

/** Text as a search compares it: without accents, case or surrounding spaces. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en')
    .trim();

export function searchRoster(people: readonly PersonView[], query: string, limit: number): PersonView[] {
  const wanted = fold(query);
  const scored = people
    .map((person) => {
      const name = fold(person.name);
      if (wanted === '') return { person, rank: person.onCall ? 0 : 1 };
      if (name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted))) return { person, rank: 0 };
      const elsewhere = [person.name, person.team, person.chat, person.email].some((field) => fold(field).includes(wanted));
      return elsewhere ? { person, rank: 1 } : null;
    })
    .filter((match): match is { person: PersonView; rank: number } => match !== null);
  scored.sort(
    (a, b) => a.rank - b.rank || Number(b.person.onCall) - Number(a.person.onCall) || a.person.name.localeCompare(b.person.name, 'en'),
  );
  return scored.slice(0, limit).map((match) => match.person);
}

/** The one person on the roster with exactly this name, if there is exactly one. */
export function personNamed(people: readonly PersonView[], name: string): PersonView | null {
  const wanted = fold(name);
  if (wanted === '') return null;
  const found = people.filter((person) => fold(person.name) === wanted);
  return found.length === 1 ? found[0]! : null;
}
