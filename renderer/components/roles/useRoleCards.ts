import { useEffect, useState } from 'react';
import type { RoleView } from '../../../shared/projection/views.js';
import type { RoleCard, RoleCards } from '../../../shared/roles/role-card.js';
import { useActions } from '../../store/context.js';

export type RoleCardsState =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly cards: RoleCards }
  | { readonly state: 'failed'; readonly message: string };

/**
 * The role cards, fetched each time an incident opens: they are files a
 * person may have just edited, so they are not kept between incidents.
 */
export function useRoleCards(incidentId: string): RoleCardsState {
  const actions = useActions();
  const [cards, setCards] = useState<RoleCardsState>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    void actions.listRoleCards().then((result) => {
      if (!current) return;
      setCards(result.ok ? { state: 'loaded', cards: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [actions, incidentId]);

  return cards;
}

/** A role's card: the one it names, else one of the same name (a custom role typed by hand). */
export function cardFor(role: RoleView, cards: RoleCardsState): RoleCard | null {
  if (cards.state !== 'loaded') return null;
  const all = cards.cards.cards;
  const named = role.name.toLocaleLowerCase('en');
  return all.find((card) => card.id === role.cardId) ?? all.find((card) => card.name.toLocaleLowerCase('en') === named) ?? null;
}
