/**
 * The Actions screen's filters, and the address the overdue banner links
 * to: one person's items, whatever the case of their name or the letters in it.
 */
import { describe, expect, it } from 'vitest';
import type { ActionListItem } from '../../../../shared/actions/action-list.js';
import { hrefFor, parseRoute } from '../../../../renderer/navigation/route.js';
import { choicesOf, matchesFilter, NO_FILTER, NO_TEAM, OPEN_OR_IN_PROGRESS } from '../../../../renderer/components/actions/actionFilters.js';

const item = (fields: Partial<ActionListItem>) => ({ owner: 'Ana Lopez', ownerTeam: 'Payments', status: 'open', kind: 'prevent', ...fields }) as ActionListItem;

describe('filtering action items', () => {
  it('narrows by owner whatever the case, by team (or not on the roster), by status and by kind', () => {
    expect(matchesFilter(item({ owner: 'ana LOPEZ' }), { ...NO_FILTER, owner: 'Ana Lopez' })).toBe(true);
    expect(matchesFilter(item({ owner: 'Ben' }), { ...NO_FILTER, owner: 'Ana Lopez' })).toBe(false);
    expect(matchesFilter(item({ ownerTeam: null }), { ...NO_FILTER, team: NO_TEAM })).toBe(true);
    expect(matchesFilter(item({}), { ...NO_FILTER, team: NO_TEAM })).toBe(false);
    expect(matchesFilter(item({ status: 'in_progress' }), { ...NO_FILTER, status: OPEN_OR_IN_PROGRESS })).toBe(true);
    expect(matchesFilter(item({ status: 'done' }), { ...NO_FILTER, status: OPEN_OR_IN_PROGRESS })).toBe(false);
    expect(matchesFilter(item({ kind: 'detect' }), { ...NO_FILTER, kind: 'prevent' })).toBe(false);
  });

  it('offers each owner once, however their name was typed', () => {
    expect(choicesOf([item({ owner: 'Ben' }), item({ owner: 'ana lopez' }), item({ owner: 'Ana Lopez' })], (each) => each.owner)).toEqual(['ana lopez', 'Ben']);
  });

  it('keeps the owner in the address the overdue banner links to', () => {
    const route = { screen: 'actions', owner: 'Ana López / Ops' } as const;
    expect(parseRoute(hrefFor(route))).toEqual(route);
    expect(parseRoute('#/actions')).toEqual({ screen: 'actions' });
    expect(parseRoute('#/actions/owner/100%')).toEqual({ screen: 'actions', owner: '100%' });
  });
});
