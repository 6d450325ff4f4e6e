/** The board's filters: a team lead finds their own services, a tier, or what is not up yet. */
import { describe, expect, it } from 'vitest';
import { NO_FILTER, describeFilter, filterChoices, filterServices } from '../../../../renderer/components/services/board/boardFilter.js';
import { NOW, checked, service } from './services.js';

const board = [
  checked('dns', 'up', 1, { team: 'Network', tier: 1 }),
  checked('router', 'down', 1, { team: 'Network', tier: 1 }),
  checked('ldap', 'up', 30, { team: 'Identity', tier: 1 }),
  service({ id: 'wiki', team: 'Internal tools', tier: 3 }),
];
const ids = (services: readonly { id: string }[]) => services.map((one) => one.id);

describe('filtering the board', () => {
  it('shows every service with no filter', () => {
    expect(filterServices(board, NO_FILTER, NOW)).toBe(board);
    expect(describeFilter(NO_FILTER, 4, 4)).toBe('Showing all 4');
  });

  it('keeps one team, one tier, or both', () => {
    expect(ids(filterServices(board, { ...NO_FILTER, team: 'Network' }, NOW))).toEqual(['dns', 'router']);
    expect(ids(filterServices(board, { ...NO_FILTER, tier: 1 }, NOW))).toEqual(['dns', 'router', 'ldap']);
    expect(ids(filterServices(board, { ...NO_FILTER, team: 'Identity', tier: 3 }, NOW))).toEqual([]);
  });

  it('"only not up" keeps everything but verified up: a stale green is not up', () => {
    const filter = { ...NO_FILTER, onlyNotUp: true };
    expect(ids(filterServices(board, filter, NOW))).toEqual(['router', 'ldap', 'wiki']);
    expect(describeFilter({ ...filter, team: 'Network' }, 1, 4)).toBe('Showing 1 of 4: team Network, only what is not verified up');
  });

  it('offers the teams and tiers on the board, sorted, each once', () => {
    expect(filterChoices(board)).toEqual({ teams: ['Identity', 'Internal tools', 'Network'], tiers: [1, 3] });
  });
});
