/**
 * The restart plan a coordinator reads: services in dependency layers, what
 * can start now and for which team, what waits on what, and the critical
 * path to the top tier. A stale check does not let anything start.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceBoardView, ServiceCheckView, ServiceSpec, ServiceView } from '../../../shared/projection/board-views.js';
import type { ServiceState } from '../../../shared/services/service-state.js';
import { restartPlan } from '../../../shared/services/restart-plan.js';
import { serviceSpec } from '../../support/service-specs.js';

const NOW = 1_795_000_000_000;

/** A board as the fold would give it, with each service's latest check `ageMs` ago. */
function board(entries: readonly { spec: ServiceSpec; state?: ServiceState; ageMs?: number; confirmed?: boolean }[]): ServiceBoardView {
  const ids = new Set(entries.map(({ spec }) => spec.serviceId));
  const services = entries.map(({ spec, state, ageMs = 60_000, confirmed = true }): ServiceView => {
    const { serviceId, ...rest } = spec;
    const check: ServiceCheckView | null =
      state === undefined ? null : { state, evidence: '', by: 'Ana', device: 'device-ana', at: NOW - ageMs, stamp: `stamp-${serviceId}`, override: false, reason: '' };
    return {
      ...rest,
      id: serviceId,
      state: state ?? 'unknown',
      lastCheck: check,
      history: check ? [check] : [],
      confirmation:
        spec.confirm === 'two' && state === 'up'
          ? { requestedBy: 'Ana', requestedDevice: 'device-ana', requestedAt: NOW - ageMs, stamp: `stamp-${serviceId}`, confirmedBy: confirmed ? 'Bo' : null, confirmedDevice: confirmed ? 'device-bo' : null, confirmedAt: confirmed ? NOW : null }
          : null,
      dependsOnInScope: spec.dependsOn.filter((id) => ids.has(id)),
      scopedAt: NOW - 3_600_000,
      scopedBy: 'Ana',
    };
  });
  return { incidentId: 'incident', services };
}

const power = serviceSpec('power', 'Power', { team: 'Facilities', restartMs: 1_200_000 });
const network = serviceSpec('core-network', 'Core network', { dependsOn: ['power'], restartMs: 600_000 });
const dns = serviceSpec('dns', 'DNS resolvers', { dependsOn: ['core-network'], restartMs: 300_000 });
const ldap = serviceSpec('ldap', 'LDAP directory', { tier: 2, team: 'Identity', dependsOn: ['dns'], restartMs: null });
const storage = serviceSpec('storage', 'Block storage', { tier: 2, team: 'Storage', dependsOn: ['power'], restartMs: 3_600_000 });
const database = serviceSpec('database', 'Primary database', { tier: 2, team: 'Databases', dependsOn: ['storage', 'dns'], confirm: 'two', restartMs: 1_800_000 });
const checkout = serviceSpec('checkout', 'Checkout', { tier: 3, team: 'Payments', dependsOn: ['database', 'ldap', 'not-in-scope'], restartMs: 600_000 });

const ALL = [power, network, dns, ldap, storage, database, checkout];

describe('the restart plan', () => {
  it('puts each service one layer after the deepest thing it depends on, counting the verified-up ones', () => {
    const plan = restartPlan(board([{ spec: power, state: 'up' }, { spec: network, state: 'up' }, { spec: dns }, { spec: ldap }, { spec: storage }, { spec: database }, { spec: checkout }]), NOW);
    expect(plan.layers.map((layer) => [layer.serviceIds, layer.verifiedUp])).toEqual([
      [['power'], 1],
      [['core-network', 'storage'], 1],
      [['dns'], 0],
      [['ldap', 'database'], 0],
      [['checkout'], 0],
    ]);
  });

  it('offers what can start now, by team, and says what the rest waits on', () => {
    const plan = restartPlan(board([{ spec: power, state: 'up' }, { spec: network, state: 'restoring' }, { spec: dns }, { spec: ldap }, { spec: storage, state: 'down' }, { spec: database }, { spec: checkout }]), NOW);
    expect(plan.ready).toEqual(['core-network', 'storage']);
    expect(plan.readyByTeam).toEqual([
      { team: 'Network', serviceIds: ['core-network'] },
      { team: 'Storage', serviceIds: ['storage'] },
    ]);
    expect(plan.waiting).toEqual([
      { serviceId: 'dns', waitingOn: ['core-network'] },
      { serviceId: 'ldap', waitingOn: ['dns'] },
      { serviceId: 'database', waitingOn: ['dns', 'storage'] },
      { serviceId: 'checkout', waitingOn: ['ldap', 'database'] },
    ]);
  });

  it('does not count a stale check, nor a four-eyes service still waiting for its second person', () => {
    const stale = restartPlan(board([{ spec: power, state: 'up', ageMs: 16 * 60_000 }, { spec: network }]), NOW);
    expect(stale.ready).toEqual(['power']);
    expect(stale.layers[0]!.verifiedUp).toBe(0);
    expect(stale.waiting).toEqual([{ serviceId: 'core-network', waitingOn: ['power'] }]);

    const unconfirmed = restartPlan(board([{ spec: storage, state: 'up' }, { spec: database, state: 'up', confirmed: false }]), NOW);
    expect(unconfirmed.ready).toEqual(['database']);
  });

  it('follows the chain with the most restart time still to go to the best tier left, listing the steps without an estimate', () => {
    const fresh = restartPlan(board(ALL.map((spec) => ({ spec }))), NOW);
    // Power 20 min + network 10 + DNS 5 = 35 min to a tier-1 service; storage's hour leads to tier 2 only.
    expect(fresh.criticalPath).toEqual(['power', 'core-network', 'dns']);
    expect(fresh.criticalPathMs).toBe(2_100_000);

    const tierOneUp = restartPlan(board(ALL.map((spec) => ({ spec, ...(spec.tier === 1 ? { state: 'up' as const } : {}) }))), NOW);
    // With tier 1 up, the path ends at a tier-2 service and starts after what is verified up.
    expect(tierOneUp.criticalPath).toEqual(['storage', 'database']);
    expect(tierOneUp.criticalPathMs).toBe(5_400_000);

    const ldapOnly = restartPlan(board([{ spec: ldap }]), NOW);
    expect(ldapOnly).toMatchObject({ criticalPath: ['ldap'], criticalPathMs: 0, unestimated: ['ldap'] });
  });

  it('has nothing left to do when everything is verified up', () => {
    const plan = restartPlan(board([{ spec: power, state: 'up' }, { spec: network, state: 'up' }]), NOW);
    expect(plan).toMatchObject({ ready: [], waiting: [], criticalPath: [], criticalPathMs: 0, unestimated: [] });
  });

  it('does not loop on a dependency circle the log may hold', () => {
    const a = serviceSpec('service-a', 'A', { dependsOn: ['service-b'] });
    const b = serviceSpec('service-b', 'B', { dependsOn: ['service-a'] });
    const plan = restartPlan(board([{ spec: a }, { spec: b }]), NOW);
    expect(plan.layers.flatMap((layer) => layer.serviceIds).sort()).toEqual(['service-a', 'service-b']);
    expect(plan.criticalPath.length).toBeGreaterThan(0);
  });
});
