/** Choosing what comes onto the board: each chosen service brings what it depends on, never what is there already. */
import { describe, expect, it } from 'vitest';
import { catalogueMatches, dependenciesOf, describeScopeCount, scopeCount, searchCatalogue } from '../../../../renderer/components/services/board/scopeChoice.js';

const entry = (serviceId: string, dependsOn: string[] = [], more: { name?: string; team?: string; tier?: number } = {}) => ({
  serviceId,
  name: more.name ?? serviceId,
  team: more.team ?? 'Platform',
  tier: more.tier ?? 2,
  dependsOn,
});

const catalogue = [
  entry('dns', [], { name: 'DNS', team: 'Network', tier: 1 }),
  entry('network-core', [], { name: 'Core network', team: 'Network', tier: 1 }),
  entry('postgres', ['dns', 'network-core'], { name: 'Postgres primary', team: 'Databases', tier: 1 }),
  entry('checkout', ['postgres', 'payments', 'ghost'], { name: 'Checkout', team: 'Shop', tier: 2 }),
  entry('payments', ['postgres'], { name: 'Payments API', team: 'Payments', tier: 2 }),
];

describe('choosing services to add', () => {
  it('finds everything a service depends on, all the way down, once each, and skips ids the catalogue lacks', () => {
    expect([...dependenciesOf(['checkout'], catalogue)].sort()).toEqual(['dns', 'network-core', 'payments', 'postgres']);
  });

  it('counts the chosen and what they bring, leaving out what is already on the board', () => {
    const count = scopeCount(['checkout'], true, catalogue, new Set(['dns']));
    expect(count).toEqual({ chosen: 1, dependencies: 3, total: 4 });
    expect(describeScopeCount(count)).toBe('4 services will be added: 1 chosen and 3 they depend on.');
    expect(describeScopeCount(scopeCount(['checkout'], false, catalogue, new Set()))).toBe('1 service will be added.');
    expect(describeScopeCount(scopeCount(['dns'], true, catalogue, new Set(['dns'])))).toBe('Nothing new will be added: choose services that are not on the board yet.');
  });

  it('lists by team, tier and words typed, however they are capitalised', () => {
    expect(catalogueMatches(catalogue[2]!, { query: 'postgres', team: 'Databases', tier: 1 })).toBe(true);
    expect(catalogueMatches(catalogue[2]!, { query: '', team: 'Network', tier: null })).toBe(false);
    expect(catalogueMatches(catalogue[4]!, { query: 'PAYMENTS api', team: '', tier: 2 })).toBe(true);
  });

  it('puts names that start with what was typed first in the quick picker, without the ones already picked', () => {
    const found = searchCatalogue(catalogue, 'p', 5, new Set(['payments']));
    expect(found.map((one) => one.serviceId)).toEqual(['postgres', 'checkout']);
    expect(searchCatalogue(catalogue, '  ', 5)).toEqual([]);
  });
});
