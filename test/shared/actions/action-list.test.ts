/**
 * The list of action items a coordinator chases: overdue first and flagged
 * in words, judged against the day where the reader is, owners matched to
 * the roster whatever the case of their name.
 */
import { describe, expect, it } from 'vitest';
import { collectActions } from '../../../shared/actions/collect-actions.js';
import { isOverdue, overdueWords, todayIn } from '../../../shared/actions/overdue.js';
import { isOwnedBy } from '../../../shared/actions/owner-match.js';
import type { ActionItemView } from '../../../shared/projection/postmortem-views.js';
import type { IncidentView, PersonView } from '../../../shared/projection/views.js';

const at = (iso: string) => Date.parse(iso);

function action(id: string, fields: Partial<ActionItemView> = {}): ActionItemView {
  return { id, what: `Do ${id}`, owner: 'Ana Lopez', ownerPersonId: null, due: null, kind: 'prevent', by: 'Ana', at: 0, status: 'open', statusReason: '', history: [], ...fields };
}

function incident(id: string, title: string, actions: ActionItemView[], drill = false): IncidentView {
  return { id, title, drill: drill ? ({} as IncidentView['drill']) : null, review: { sections: {}, actions } } as unknown as IncidentView;
}

const person = (id: string, name: string, team: string) => ({ id, name, team }) as PersonView;

describe('overdue', () => {
  it('is judged on the calendar day where the reader is: past midnight in Tokyo, not yet in Madrid', () => {
    const now = at('2026-12-03T20:00:00Z');
    expect(todayIn(now, 'Asia/Tokyo')).toBe('2026-12-04');
    expect(todayIn(now, 'Europe/Madrid')).toBe('2026-12-03');
    const item = { due: '2026-12-03', status: 'open' as const };
    expect(isOverdue(item, todayIn(now, 'Asia/Tokyo'))).toBe(true);
    expect(isOverdue(item, todayIn(now, 'Europe/Madrid'))).toBe(false);
  });

  it('never holds for an item done, not to be done, or without a due date', () => {
    expect(isOverdue({ due: '2026-01-01', status: 'in_progress' }, '2026-12-07')).toBe(true);
    expect(isOverdue({ due: '2026-01-01', status: 'done' }, '2026-12-07')).toBe(false);
    expect(isOverdue({ due: '2026-01-01', status: 'wont_do' }, '2026-12-07')).toBe(false);
    expect(isOverdue({ due: null, status: 'open' }, '2026-12-07')).toBe(false);
  });

  it('is flagged in words, with the year only when it is not this one', () => {
    expect(overdueWords('2026-12-03', '2026-12-07')).toBe('Overdue since 3 Dec');
    expect(overdueWords('2025-11-30', '2026-12-07')).toBe('Overdue since 30 Nov 2025');
  });
});

describe('the list of every action item', () => {
  const now = at('2026-12-07T09:00:00Z');

  it('lists overdue first, then by due date with undated items last, then by incident', () => {
    const list = collectActions(
      [
        incident('inc-b', 'Payments down', [action('undated'), action('later', { due: '2026-12-20' }), action('late', { due: '2026-12-01' })]),
        incident('inc-a', 'Checkout down', [action('soon', { due: '2026-12-10' }), action('undated-a'), action('done-late', { due: '2026-11-01', status: 'done' })]),
      ],
      [],
      now,
      'UTC',
    );
    expect(list.today).toBe('2026-12-07');
    expect(list.items.map((item) => item.id)).toEqual(['late', 'done-late', 'soon', 'later', 'undated-a', 'undated']);
    expect(list.items.map((item) => item.overdue)).toEqual([true, false, false, false, false, false]);
    expect(list.items[0]).toMatchObject({ incidentId: 'inc-b', incidentTitle: 'Payments down', drill: false });
  });

  it("gives the owner's team from the roster: by the person saved with the item, else by name whatever its case", () => {
    const people = [person('p1', 'Ana Lopez', 'Payments'), person('p2', 'Ben Ode', 'Platform')];
    const list = collectActions(
      [incident('inc-a', 'Checkout down', [action('by-id', { owner: 'Ana', ownerPersonId: 'p1' }), action('by-name', { owner: 'ben ODE ' }), action('stranger', { owner: 'Zed' })], true)],
      people,
      now,
      'UTC',
    );
    expect(list.items.map((item) => [item.id, item.ownerTeam, item.drill])).toEqual([
      ['by-id', 'Payments', true],
      ['by-name', 'Platform', true],
      ['stranger', null, true],
    ]);
  });

  it("belongs to this laptop's person by name, or through the roster person it was saved with", () => {
    const people = [person('p1', 'Ana Lopez', 'Payments')];
    expect(isOwnedBy({ owner: 'ANA LOPEZ', ownerPersonId: null }, 'ana lopez', people)).toBe(true);
    expect(isOwnedBy({ owner: 'Ana', ownerPersonId: 'p1' }, 'Ana Lopez', people)).toBe(true);
    expect(isOwnedBy({ owner: 'Ben', ownerPersonId: null }, 'Ana Lopez', people)).toBe(false);
    expect(isOwnedBy({ owner: '', ownerPersonId: null }, '', people)).toBe(false);
  });
});
