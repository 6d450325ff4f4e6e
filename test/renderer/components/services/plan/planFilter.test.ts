import { describe, expect, it } from 'vitest';
import { matchesFilter, NO_FILTER, teamLabel, teamsOf, tiersOf } from '../../../../../renderer/components/services/plan/planFilter.js';
import { board, service } from './board.js';

const services = board(
  service('printers', { team: '', tier: 4 }),
  service('vpn', { team: 'Network', tier: 2 }),
  service('vault', { team: 'Identity', tier: 1 }),
  service('dns', { team: 'Network', tier: 1 }),
);

describe('narrowing the plan by team and tier', () => {
  it('offers the board’s teams sorted, the services no team owns last, and its tiers in order', () => {
    expect(teamsOf(services).map(teamLabel)).toEqual(['Identity', 'Network', 'No owning team']);
    expect(tiersOf(services)).toEqual([1, 2, 4]);
  });

  it('keeps a service only when both its team and its tier match', () => {
    const network = services.services.filter((each) => matchesFilter(each, { team: 'Network', tier: 1 }));
    expect(network.map((each) => each.id)).toEqual(['dns']);
    expect(services.services.filter((each) => matchesFilter(each, { team: '', tier: null })).map((each) => each.id)).toEqual(['printers']);
    expect(services.services.every((each) => matchesFilter(each, NO_FILTER))).toBe(true);
  });
});
