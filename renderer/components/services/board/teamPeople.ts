/**
 * Whom to call about a service: the people on the roster whose team is the
 * service's owning team (spelled however the roster spells it), on call
 * first, then by name.
 */
import type { PersonView } from '../../../../shared/projection/views.js';
import { folded } from '../../people/search.js';

export function teamPeople<P extends Pick<PersonView, 'name' | 'team' | 'onCall'>>(people: readonly P[], team: string): readonly P[] {
  const wanted = folded(team.trim());
  if (wanted === '') return [];
  return people
    .filter((person) => folded(person.team.trim()) === wanted)
    .sort((a, b) => Number(b.onCall) - Number(a.onCall) || a.name.localeCompare(b.name));
}
