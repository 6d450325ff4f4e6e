import { describe, expect, it } from 'vitest';
import type { RestartPlanView } from '../../../../../shared/services/restart-plan-view.js';
import { reachBy, readyTeamOffers } from '../../../../../renderer/components/services/plan/readyTeams.js';
import { NO_FILTER } from '../../../../../renderer/components/services/plan/planFilter.js';
import { person, service } from './board.js';

const services = [
  service('core-network', { name: 'Core network', team: 'Network', tier: 1 }),
  service('vpn', { name: 'VPN', team: 'Network', tier: 2 }),
  service('vault', { name: 'Vault', team: 'Security', tier: 1 }),
  service('printer', { name: 'Printers', team: '', tier: 3 }),
];
const byId = new Map(services.map((each) => [each.id, each] as const));
const plan: RestartPlanView = {
  layers: [],
  ready: ['core-network', 'vpn', 'vault', 'printer'],
  readyByTeam: [
    { team: 'Network', serviceIds: ['core-network', 'vpn'] },
    { team: 'Security', serviceIds: ['vault'] },
    { team: '', serviceIds: ['printer'] },
  ],
  waiting: [],
  criticalPath: [],
  criticalPathMs: 0,
  unestimated: [],
};

describe('ready to start, offered to the teams that own it', () => {
  it('offers each team its ready services with its people on the roster, on call first', () => {
    const people = [person('Zoe', 'network', { onCall: true, phone: '+1 555 0101' }), person('Bo', 'Network'), person('Cy', 'Shop'), person('Al', 'Network ')];
    const offers = readyTeamOffers(plan, byId, people, NO_FILTER);
    expect(offers.map((offer) => offer.label)).toEqual(['Network', 'Security', 'No owning team']);
    expect(offers[0]!.services.map((each) => each.name)).toEqual(['Core network', 'VPN']);
    expect(offers[0]!.people.map((each) => each.name)).toEqual(['Zoe', 'Al', 'Bo']);
    expect(offers[0]!.nobody).toBeNull();
  });

  it('says so when nobody on the roster is in the team, but not for services no team owns', () => {
    const offers = readyTeamOffers(plan, byId, [person('Bo', 'Network')], NO_FILTER);
    expect(offers[1]!.nobody).toBe('Nobody on the roster for team Security.');
    expect(offers[2]!.nobody).toBeNull();
  });

  it('calls nobody missing before the roster has arrived', () => {
    expect(readyTeamOffers(plan, byId, null, NO_FILTER).every((offer) => offer.nobody === null)).toBe(true);
  });

  it('keeps only the team and tier filtered for, dropping teams left with nothing', () => {
    expect(readyTeamOffers(plan, byId, [], { team: null, tier: 1 }).map((offer) => offer.services.map((each) => each.id))).toEqual([['core-network'], ['vault']]);
    expect(readyTeamOffers(plan, byId, [], { team: 'Network', tier: 2 }).map((offer) => offer.services.map((each) => each.id))).toEqual([['vpn']]);
  });

  it('gives a person’s phone and chat, or their email when they have neither', () => {
    expect(reachBy({ phone: '+1 555 0101', chat: '@zoe', email: 'z@x' })).toBe('+1 555 0101 · chat @zoe');
    expect(reachBy({ phone: '', chat: '', email: 'z@x' })).toBe('z@x');
    expect(reachBy({ phone: '', chat: '', email: '' })).toBe('');
  });
});
