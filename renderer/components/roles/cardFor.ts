import type { RoleView } from '../../../shared/projection/views.js';
import type { RoleCard, RoleCards } from '../../../shared/roles/role-card.js';
import type { HostResource } from '../../store/resources.js';

/** A role's card: the one it names, else one of the same name (a custom role typed by hand). */
export function cardFor(role: RoleView, cards: HostResource<RoleCards>): RoleCard | null {
  if (cards.state !== 'loaded') return null;
  const all = cards.value.cards;
  const named = role.name.toLocaleLowerCase('en');
  return all.find((card) => card.id === role.cardId) ?? all.find((card) => card.name.toLocaleLowerCase('en') === named) ?? null;
}
