/**
 * getTrends through the host, on a laptop whose clock the test moves: the
 * shipped catalogue's uptime targets, time down from a service board's
 * checks and from an incident's impact window, months cut in the zone
 * asked for, drills apart, and a zone the laptop does not know refused.
 */
import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();
const MINUTE = 60_000;

function laptop(start: number) {
  let clock = start;
  const host = hosts.openOn(folders.make(), { now: () => clock });
  return { host, later: (minutes: number) => (clock += minutes * MINUTE) };
}

describe('trends through the host', () => {
  it('counts time down of a customer-facing service from its board checks against the catalogue target, and keeps drills apart', () => {
    const { host, later } = laptop(Date.UTC(2026, 10, 30, 23, 0));
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Checkout down', severity: 'SEV1' }));
    expectOk(host.run('scopeServices', { incidentId, serviceIds: ['checkout'], withDependencies: false }));
    expectOk(host.run('checkService', { incidentId, serviceId: 'checkout', state: 'down', evidence: 'The test card is declined' }));
    later(45);
    expectOk(host.run('checkService', { incidentId, serviceId: 'checkout', state: 'up', evidence: 'Test order went through' }));
    expectOk(host.run('categoriseIncident', { incidentId, causes: ['change'], services: ['checkout'] }));
    expectOk(host.run('startDrill', { runbookId: 'database-failover' }));

    const utc = expectOk(host.run('getTrends', { zone: 'UTC' }));
    const checkout = utc.uptime.find((service) => service.serviceId === 'checkout')!;
    expect(checkout.targetPercent).toBe(99.95);
    // 23:00 to 23:45 UTC on 30 November: all in November in UTC.
    expect(checkout.months.find((month) => month.month === '2026-11')).toMatchObject({ downMs: 45 * MINUTE, budgetMs: 21 * MINUTE + 36_000, leftMs: 21 * MINUTE + 36_000 - 45 * MINUTE });
    expect(checkout.months.find((month) => month.month === '2026-11')!.spells[0]!.source).toBe('board');
    expect(utc.incidents.find((month) => month.month === '2026-11')).toMatchObject({ incidents: 1, byCause: [{ cause: 'change', count: 1 }] });
    expect(utc.drills.map((month) => month.drills)).toEqual([1]);
    expect(utc.incidents.map((month) => month.incidents)).toEqual([1]);
    expect(utc.uptime.every((service) => service.serviceId !== 'primary-database')).toBe(true);

    // In Madrid it is already December at midnight: the incident and all 45 minutes of its time down fall in December.
    const madrid = expectOk(host.run('getTrends', { zone: 'Europe/Madrid' }));
    const inMadrid = madrid.uptime.find((service) => service.serviceId === 'checkout')!;
    expect(inMadrid.months.map((month) => [month.month, month.downMs])).toEqual([['2026-12', 45 * MINUTE]]);
    expect(madrid.incidents.map((month) => [month.month, month.incidents])).toEqual([['2026-12', 1]]);
  });

  it('falls back to the impact window for a service the categories name when the board never checked it', () => {
    const { host, later } = laptop(Date.UTC(2026, 11, 3, 9, 0));
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Web shop blank', severity: 'SEV2' }));
    expectOk(host.run('categoriseIncident', { incidentId, causes: ['dependency'], services: ['web'] }));
    later(25);
    expectOk(host.run('changeStatus', { incidentId, status: 'mitigated' }));
    later(5);
    const web = expectOk(host.run('getTrends', { zone: 'UTC' })).uptime.find((service) => service.serviceId === 'web')!;
    expect(web.months.at(-1)).toMatchObject({ month: '2026-12', downMs: 25 * MINUTE, stillDown: false });
    expect(web.months.at(-1)!.spells[0]!.source).toBe('impact-window');
  });

  it('refuses a zone the laptop does not know, naming it', () => {
    const { host } = laptop(Date.UTC(2026, 11, 3));
    expect(expectFailure(host.run('getTrends', { zone: 'Mars/Olympus' })).message).toMatch(/time zone is not one this laptop knows/);
  });
});
