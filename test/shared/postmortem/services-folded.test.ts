/**
 * "Services affected" and the status page's components from a board folded
 * out of real signed events, as every laptop folds it: scoped services,
 * hand checks from two laptops, an override with its reason, a four-eyes
 * service confirmed from another laptop by another person. What the
 * post-mortem says is what the events say, in any order they arrive.
 */
import { describe, expect, it } from 'vitest';
import { draftPostMortem } from '../../../shared/postmortem/document.js';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { statusComponents } from '../../../shared/updates/status-components.js';
import { serviceSpec } from '../../support/service-specs.js';
import { DECLARED_AT, FixtureRoom } from './postmortem-fixture.js';

const ID = 'dc-power-loss';
const MINUTE = 60_000;
const AHEAD = 'The vendor confirmed the database accepts writes';

function room(): FixtureRoom {
  const room = new FixtureRoom();
  const ana = room.laptop('Ana');
  const bo = room.laptop('Bo');
  const check = (laptop: ReturnType<FixtureRoom['laptop']>, serviceId: string, state: 'down' | 'degraded' | 'restoring' | 'up', override = '') =>
    room.record(laptop, 'service.checked', { incidentId: ID, serviceId, state, evidence: '', override: override !== '', reason: override });
  room.at(0).record(ana, 'incident.declared', { incidentId: ID, title: 'Data centre power loss', severity: 'SEV1', summary: '' });
  room.at(1).record(ana, 'services.scoped', {
    incidentId: ID,
    reason: '',
    services: [
      serviceSpec('dns', 'DNS resolvers'),
      serviceSpec('db', 'Primary database', { dependsOn: ['dns'], confirm: 'two', team: 'Databases' }),
      serviceSpec('checkout', 'Checkout', { dependsOn: ['db'], tier: 2, team: 'Payments', customerFacing: true }),
    ],
  });
  room.at(3);
  check(ana, 'dns', 'down');
  check(ana, 'db', 'down');
  check(bo, 'checkout', 'down');
  room.at(20);
  check(ana, 'dns', 'up');
  room.at(25);
  check(bo, 'checkout', 'up', AHEAD);
  room.at(30);
  check(ana, 'db', 'up');
  const stamp = room.detail(ID).board.services.find((service) => service.id === 'db')!.confirmation!.stamp;
  room.at(33).record(bo, 'service.confirmed', { incidentId: ID, serviceId: 'db', confirms: stamp });
  return room;
}

describe('services affected, folded from the log', () => {
  const detail = room().detail(ID);
  const NOW = DECLARED_AT + 40 * MINUTE;
  const part = draftPostMortem(detail, NOW).services!;

  it('times each service from the checks people recorded', () => {
    expect(part.services.map((service) => [service.name, service.downMs, service.toUpMs, service.checks])).toEqual([
      ['DNS resolvers', 20 * MINUTE, 20 * MINUTE, 2],
      ['Primary database', 33 * MINUTE, 33 * MINUTE, 2],
      ['Checkout', 25 * MINUTE, 25 * MINUTE, 2],
    ]);
  });

  it('names who marked the four-eyes database up and who confirmed it from another laptop', () => {
    expect(part.services[1]).toMatchObject({ fourEyes: true, markedUpBy: 'Ana', confirmedBy: 'Bo', confirmedAt: DECLARED_AT + 33 * MINUTE });
  });

  it('flags checkout, brought up before the database it depends on, with the reason given', () => {
    expect(part.restartOrder.map((step) => [step.name, step.aheadOfDependencies, step.override])).toEqual([
      ['DNS resolvers', [], false],
      ['Checkout', ['Primary database'], true],
      ['Primary database', [], false],
    ]);
    expect(part.overrides).toEqual([{ serviceId: 'checkout', name: 'Checkout', state: 'up', by: 'Bo', at: DECLARED_AT + 25 * MINUTE, reason: AHEAD }]);
  });

  it('is the same file whichever order the events arrive in', () => {
    const shuffled = room();
    shuffled.events.reverse();
    for (const format of ['md', 'json'] as const) expect(postMortemFile(shuffled.detail(ID), format, NOW).content).toBe(postMortemFile(detail, format, NOW).content);
  });

  it('gives the status page its customer-facing component, operational while its check is fresh, then being checked', () => {
    expect(statusComponents(detail.board, NOW)).toEqual([{ name: 'Checkout', status: 'operational' }]);
    expect(statusComponents(detail.board, DECLARED_AT + 41 * MINUTE)).toEqual([{ name: 'Checkout', status: 'checking' }]);
  });
});
