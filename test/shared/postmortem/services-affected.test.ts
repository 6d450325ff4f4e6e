/**
 * "Services affected" read from a board written by hand: how long each
 * service was down and took to verify up, who confirmed a four-eyes one,
 * the restart order against the plan's layers, the overrides and what was
 * still not up when the post-mortem was made.
 */
import { describe, expect, it } from 'vitest';
import { emptyBoard } from '../../../shared/projection/board-views.js';
import { servicesAffected, type ServicesAffected } from '../../../shared/postmortem/services-affected.js';
import { againstPlan, fourEyes, notUpState, servicesSummary, timeDown, timeToUp } from '../../../shared/postmortem/services-labels.js';
import { at, board, IMPACT_START, MINUTE } from './hand-built-board.js';

const NOW = at(120);
const VENDOR = 'The vendor says the database is fine; customers are waiting';

/**
 * DNS first (layer 1), the database on it (four eyes, confirmed by Chen),
 * the payments API on the database, marked up ahead of it with a reason;
 * the queue and the search on the queue in order, but search ahead of DNS
 * in layer 1; the cache on DNS up before DNS; the ledger marked up and
 * waiting for a second person; the web shop never checked.
 */
function outage(): ServicesAffected {
  const part = servicesAffected(
    board(
      { id: 'dns', name: 'DNS', team: 'Network', checks: [{ state: 'down', minute: 5 }, { state: 'up', minute: 20 }] },
      {
        id: 'db',
        name: 'Payments database',
        team: 'Data',
        dependsOn: ['dns'],
        confirm: 'two',
        checks: [{ state: 'down', minute: 6 }, { state: 'restoring', minute: 25, by: 'Bo' }, { state: 'up', minute: 30, by: 'Bo' }],
        confirmedBy: { by: 'Chen', minute: 33 },
      },
      {
        id: 'api',
        name: 'Payments API',
        team: 'Payments',
        tier: 2,
        dependsOn: ['db'],
        checks: [{ state: 'up', minute: 8 }, { state: 'down', minute: 10 }, { state: 'up', minute: 28, override: VENDOR }, { state: 'up', minute: 40, by: 'Bo' }],
      },
      { id: 'queue', name: 'Queue', tier: 3, checks: [{ state: 'unknown', minute: 3 }, { state: 'down', minute: 7 }, { state: 'up', minute: 12 }] },
      { id: 'search', name: 'Search', tier: 3, dependsOn: ['queue'], checks: [{ state: 'degraded', minute: 9 }, { state: 'up', minute: 14 }] },
      { id: 'cache', name: 'Cache', tier: 3, dependsOn: ['dns'], checks: [{ state: 'down', minute: 9 }, { state: 'up', minute: 15 }] },
      { id: 'ledger', name: 'Ledger', team: 'Finance', dependsOn: ['db'], confirm: 'two', checks: [{ state: 'down', minute: 6 }, { state: 'up', minute: 45, by: 'Ana' }], confirmedBy: null },
      { id: 'web', name: 'Web shop', team: 'Web', tier: 2, customerFacing: true },
    ),
    IMPACT_START,
    NOW,
  );
  if (part === null) throw new Error('A board with services has a part.');
  return part;
}

const serviceOf = (part: ServicesAffected, name: string) => part.services.find((each) => each.name === name)!;

describe('services affected, per service', () => {
  const part = outage();

  it('is absent when no service was on the board', () => {
    expect(servicesAffected(emptyBoard('checkout-outage'), IMPACT_START, NOW)).toBeNull();
  });

  it('counts a service first found down from the impact’s start, to when it was verified up', () => {
    const dns = serviceOf(part, 'DNS');
    expect(dns).toMatchObject({ downFrom: IMPACT_START, downFromImpactStart: true, upAt: at(20), downMs: 20 * MINUTE, toUpMs: 20 * MINUTE, checks: 2, layer: 0 });
    expect([timeDown(dns), timeToUp(dns)]).toEqual(['20m 00s', '20m 00s']);
  });

  it('counts a service first found up from the check that found it down, and up from the first up that stood', () => {
    const api = serviceOf(part, 'Payments API');
    expect(api).toMatchObject({ downFrom: at(10), downFromImpactStart: false, firstUpAt: at(28), upAt: at(28), downMs: 18 * MINUTE, toUpMs: 28 * MINUTE, checks: 4, layer: 2 });
  });

  it('passes over a check that found a service unknown', () => {
    expect(serviceOf(part, 'Queue')).toMatchObject({ downFrom: IMPACT_START, downFromImpactStart: true, upAt: at(12) });
  });

  it('counts a four-eyes service up when the second person confirmed it, and names both', () => {
    const db = serviceOf(part, 'Payments database');
    expect(db).toMatchObject({ upAt: at(33), toUpMs: 33 * MINUTE, fourEyes: true, markedUpBy: 'Bo', confirmedBy: 'Chen', confirmedAt: at(33) });
    expect(fourEyes(db)).toBe('Confirmed by Chen (marked up by Bo)');
    expect(fourEyes(serviceOf(part, 'DNS'))).toBe('');
  });

  it('keeps a four-eyes service marked up but unconfirmed down, its time still running', () => {
    const ledger = serviceOf(part, 'Ledger');
    expect(ledger).toMatchObject({ upAt: null, firstUpAt: null, downOpen: true, downMs: 120 * MINUTE, toUpMs: null });
    expect(timeDown(ledger)).toBe('2h 00m so far, not up yet');
    expect(fourEyes(ledger)).toBe('Waiting for a second person (marked up by Ana)');
  });

  it('says a service nobody checked was never found down and is not up', () => {
    const web = serviceOf(part, 'Web shop');
    expect([timeDown(web), timeToUp(web)]).toEqual(['never found down', 'not up yet']);
  });

  it('counts a service that came up, went down again and is down now as down since it was first found down', () => {
    const part = servicesAffected(
      board({ id: 'dns', checks: [{ state: 'down', minute: 5 }, { state: 'up', minute: 20 }, { state: 'down', minute: 50 }] }),
      IMPACT_START,
      NOW,
    )!;
    expect(part.services[0]).toMatchObject({ firstUpAt: at(20), upAt: null, downFrom: IMPACT_START, downMs: 120 * MINUTE, downOpen: true });
    expect(part.restartOrder.map((step) => step.serviceId)).toEqual(['dns']);
    expect(part.notUp.map((service) => service.serviceId)).toEqual(['dns']);
  });

  it('still counts a service up when its last check has gone stale by the time the post-mortem is made', () => {
    const late = servicesAffected(board({ id: 'dns', checks: [{ state: 'down', minute: 5 }, { state: 'up', minute: 20 }] }), IMPACT_START, at(24 * 60))!;
    expect(late.notUp).toEqual([]);
    expect(late.services[0]!.upAt).toBe(at(20));
  });
});

describe('the restart order as executed, against the plan', () => {
  const part = outage();
  const step = (name: string) => part.restartOrder.find((each) => each.name === name)!;

  it('lists services in the order they were first verified up, never one that is not up', () => {
    expect(part.restartOrder.map((each) => [each.name, each.upAt])).toEqual([
      ['Queue', at(12)],
      ['Search', at(14)],
      ['Cache', at(15)],
      ['DNS', at(20)],
      ['Payments API', at(28)],
      ['Payments database', at(33)],
    ]);
  });

  it('flags a service brought up before something it depends on, and says when that was an override', () => {
    expect(step('Payments API')).toMatchObject({ aheadOfDependencies: ['Payments database'], override: true, layer: 2 });
    expect(againstPlan(step('Payments API'))).toEqual(['Up before what it depends on: Payments database.', 'Marked up as an override (see Overrides).']);
    expect(step('Cache')).toMatchObject({ aheadOfDependencies: ['DNS'], override: false });
  });

  it('flags a service brought up before an earlier layer it does not depend on', () => {
    expect(step('Search')).toMatchObject({ layer: 1, aheadOfDependencies: [], aheadOfLayer: ['DNS'] });
    expect(againstPlan(step('Search'))).toEqual(['Up before an earlier layer: DNS.']);
  });

  it('says a service that kept to the plan did', () => {
    expect(againstPlan(step('DNS'))).toEqual(['In plan order.']);
    expect(againstPlan(step('Payments database'))).toEqual(['In plan order.']);
  });
});

describe('overrides and what was still not up', () => {
  const part = outage();

  it('lists each override with its reason, who and when', () => {
    expect(part.overrides).toEqual([{ serviceId: 'api', name: 'Payments API', state: 'up', by: 'Ana', at: at(28), reason: VENDOR }]);
  });

  it('lists the services not up when it was made, with what they wait for', () => {
    expect(part.notUp.map((service) => [service.name, notUpState(service)])).toEqual([
      ['Ledger', 'Up, waiting for a second person to confirm'],
      ['Web shop', 'Never checked'],
    ]);
    expect(servicesSummary(part)).toBe('8 services on the board: 6 verified up, 2 not up when this was made.');
  });
});
