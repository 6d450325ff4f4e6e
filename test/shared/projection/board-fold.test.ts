/**
 * An incident's service board as every laptop folds it: the latest hand
 * check wins in the agreed order while every check stays in the history,
 * scope comes and goes without losing checks, a four-eyes service counts a
 * confirmation only from another device and another person, and a check
 * folded alone gives what a rebuild gives.
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload, SignedEvent } from '../../../shared/events.js';
import type { ServiceSpec } from '../../../shared/projection/board-views.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { serviceSpec } from '../../support/service-specs.js';

const START = 1_795_000_000_000;
const incidentId = 'incident-board';


const DNS = serviceSpec('dns', 'DNS resolvers', { dependsOn: ['core-network'] });
const CORE = serviceSpec('core-network', 'Core network');
const DATABASE = serviceSpec('postgres-primary', 'Primary database', { tier: 2, confirm: 'two', team: 'Databases' });

function room() {
  let clock = START;
  const now = () => clock;
  const ana = new SimulatedLaptop('Ana', now);
  const bo = new SimulatedLaptop('Bo', now);
  const events: SignedEvent[] = [];
  const record = <T extends 'services.scoped' | 'service.unscoped' | 'service.checked' | 'service.confirmed' | 'incident.declared'>(
    laptop: SimulatedLaptop,
    type: T,
    payload: EventPayload<T>,
  ) => {
    clock += 1_000;
    const event = laptop.record(type, payload);
    for (const other of [ana, bo]) if (other !== laptop) other.hear(event);
    events.push(event);
    return event;
  };
  record(ana, 'incident.declared', { incidentId, title: 'Data centre power loss', severity: 'SEV1', summary: '' });
  const check = (laptop: SimulatedLaptop, serviceId: string, state: EventPayload<'service.checked'>['state'], evidence = '', override = false, reason = '') =>
    record(laptop, 'service.checked', { incidentId, serviceId, state, evidence, override, reason });
  const scope = (laptop: SimulatedLaptop, services: ServiceSpec[], reason = '') => record(laptop, 'services.scoped', { incidentId, services, reason });
  return { ana, bo, events, record, check, scope, advance: (ms: number) => (clock += ms) };
}

const boardOf = (events: readonly SignedEvent[]) => WarRoomProjection.rebuild(events).board(incidentId);
const serviceOf = (events: readonly SignedEvent[], id: string) => boardOf(events).services.find((service) => service.id === id);

describe('the service board folded from its events', () => {
  it('lists the services in scope, tier first then name, unknown until someone checks, with their dependencies on the board', () => {
    const { events, ana, scope } = room();
    scope(ana, [DATABASE, DNS, CORE]);
    const board = boardOf(events);
    expect(board.services.map((service) => service.name)).toEqual(['Core network', 'DNS resolvers', 'Primary database']);
    expect(board.services[1]).toMatchObject({ id: 'dns', state: 'unknown', lastCheck: null, history: [], dependsOnInScope: ['core-network'], scopedBy: 'Ana' });
  });

  it('keeps the latest check in the agreed order as the state, and every check in the history, on the timeline too', () => {
    const { events, ana, bo, scope, check } = room();
    scope(ana, [CORE, DNS]);
    check(ana, 'dns', 'down', 'dig times out');
    check(bo, 'dns', 'up', 'dig answers');
    const dns = serviceOf(events, 'dns')!;
    expect(dns.state).toBe('up');
    expect(dns.lastCheck).toMatchObject({ state: 'up', by: 'Bo', evidence: 'dig answers' });
    expect(dns.history.map((entry) => [entry.state, entry.by])).toEqual([
      ['down', 'Ana'],
      ['up', 'Bo'],
    ]);
    const timeline = WarRoomProjection.rebuild(events).timeline(incidentId).map((entry) => entry.text);
    expect(timeline).toContain('DNS resolvers: Up — checked by hand by Bo: dig answers');
    expect(timeline).toContain('Brought onto the service board (2 services): Core network, DNS resolvers');
  });

  it('ends the same whichever way two laptops’ concurrent checks arrive, with both in the history', () => {
    const { events, ana, bo, scope } = room();
    scope(ana, [CORE, DNS]);
    // Partitioned: neither hears the other's check.
    const fromAna = ana.record('service.checked', { incidentId, serviceId: 'dns', state: 'up', evidence: 'dig answers', override: false, reason: '' });
    const fromBo = bo.record('service.checked', { incidentId, serviceId: 'dns', state: 'down', evidence: 'no answer from 10.0.0.53', override: false, reason: '' });
    const one = boardOf([...events, fromAna, fromBo]);
    const other = boardOf([...events, fromBo, fromAna]);
    expect(one).toEqual(other);
    expect(one.services.find((service) => service.id === 'dns')!.history).toHaveLength(2);
  });

  it('marks an override on the timeline with its reason', () => {
    const { events, ana, scope, check } = room();
    scope(ana, [CORE, DNS]);
    check(ana, 'dns', 'up', 'dig answers', true, 'core network checked by phone');
    expect(serviceOf(events, 'dns')!.lastCheck).toMatchObject({ override: true, reason: 'core network checked by phone' });
    const timeline = WarRoomProjection.rebuild(events).timeline(incidentId).map((entry) => entry.text);
    expect(timeline).toContain('Override: DNS resolvers marked up before what it depends on was verified up, checked by hand by Ana: dig answers (core network checked by phone)');
  });

  it('takes a service off without losing its checks, and brings them back when it is scoped again', () => {
    const { events, ana, scope, check, record } = room();
    scope(ana, [CORE, DNS]);
    check(ana, 'dns', 'degraded', 'one resolver of two');
    record(ana, 'service.unscoped', { incidentId, serviceId: 'dns', reason: 'not part of this outage' });
    expect(boardOf(events).services.map((service) => service.id)).toEqual(['core-network']);
    expect(serviceOf(events, 'core-network')!.dependsOnInScope).toEqual([]);
    scope(ana, [DNS]);
    expect(serviceOf(events, 'dns')).toMatchObject({ state: 'degraded', history: [expect.objectContaining({ evidence: 'one resolver of two' })] });
  });

  it('keeps a check of a service not yet in scope aside, and shows it once the service is scoped, in either arrival order', () => {
    const { events, ana, scope, check } = room();
    check(ana, 'dns', 'down', 'dig times out');
    expect(boardOf(events).services).toEqual([]);
    scope(ana, [DNS]);
    expect(serviceOf(events, 'dns')!.state).toBe('down');
    const reversed = [events[0]!, events[2]!, events[1]!];
    expect(boardOf(reversed)).toEqual(boardOf(events));
  });

  it('takes the spec from the latest scoping that names the service', () => {
    const { events, ana, scope } = room();
    scope(ana, [DNS]);
    scope(ana, [{ ...DNS, name: 'Internal DNS', tier: 2 }]);
    expect(serviceOf(events, 'dns')).toMatchObject({ name: 'Internal DNS', tier: 2 });
  });
});

describe('four eyes on a service', () => {
  function databaseMarkedUp() {
    const setup = room();
    setup.scope(setup.ana, [DATABASE]);
    const up = setup.check(setup.ana, 'postgres-primary', 'up', 'replica promoted, writes accepted');
    return { ...setup, up };
  }

  it('waits for a second person once marked up, naming the check it waits on', () => {
    const { events, up } = databaseMarkedUp();
    expect(serviceOf(events, 'postgres-primary')!.confirmation).toEqual({
      requestedBy: 'Ana',
      requestedDevice: up.device,
      requestedAt: START + 3_000,
      stamp: up.hlc,
      confirmedBy: null,
      confirmedDevice: null,
      confirmedAt: null,
    });
  });

  it('counts a confirmation from another person on another laptop, and says so on the timeline', () => {
    const { events, bo, up, record } = databaseMarkedUp();
    record(bo, 'service.confirmed', { incidentId, serviceId: 'postgres-primary', confirms: up.hlc });
    expect(serviceOf(events, 'postgres-primary')!.confirmation).toMatchObject({ confirmedBy: 'Bo', confirmedDevice: bo.device });
    const timeline = WarRoomProjection.rebuild(events).timeline(incidentId).map((entry) => entry.text);
    expect(timeline).toContain('Primary database: Up confirmed by Bo, as a second person (checked by Ana)');
  });

  it('ignores a forged confirmation from the checker’s own device, whatever name it carries', () => {
    const { events, ana, up, advance } = databaseMarkedUp();
    advance(1_000);
    const forged = new SimulatedLaptop('Bo', () => START + 10_000, ana.key).record('service.confirmed', { incidentId, serviceId: 'postgres-primary', confirms: up.hlc });
    const withForged = [...events, forged];
    expect(serviceOf(withForged, 'postgres-primary')!.confirmation).toMatchObject({ confirmedBy: null });
    expect(WarRoomProjection.rebuild(withForged).timeline(incidentId).some((entry) => entry.text.includes('confirmed by'))).toBe(false);
  });

  it('ignores a confirmation by the same person from another laptop, or one naming an older check', () => {
    const { events, ana, bo, up, record, check } = databaseMarkedUp();
    const anaElsewhere = new SimulatedLaptop('ana', () => START + 20_000);
    anaElsewhere.hear(up);
    const sameName = anaElsewhere.record('service.confirmed', { incidentId, serviceId: 'postgres-primary', confirms: up.hlc });
    expect(serviceOf([...events, sameName], 'postgres-primary')!.confirmation!.confirmedBy).toBeNull();

    record(bo, 'service.confirmed', { incidentId, serviceId: 'postgres-primary', confirms: up.hlc });
    const again = check(ana, 'postgres-primary', 'up', 'checked again after the failover');
    // The new check needs its own confirmation: the old one named the earlier check.
    expect(serviceOf(events, 'postgres-primary')!.confirmation).toMatchObject({ stamp: again.hlc, confirmedBy: null });
  });

  it('asks for no confirmation while the service is not up', () => {
    const { events, ana, check } = databaseMarkedUp();
    check(ana, 'postgres-primary', 'down', 'replica lagging');
    expect(serviceOf(events, 'postgres-primary')!.confirmation).toBeNull();
  });
});

describe('a board of 150 services with 2,000 checks', () => {
  function bigRoom() {
    const { events, ana, bo, scope, check } = room();
    const specs = Array.from({ length: 150 }, (_, index) =>
      serviceSpec(`service-${index}`, `Service ${index}`, { tier: 1 + (index % 4), dependsOn: index < 10 ? [] : [`service-${index % 10}`] }),
    );
    scope(ana, specs.slice(0, 100));
    scope(bo, specs.slice(100));
    const states = ['down', 'restoring', 'up', 'degraded'] as const;
    for (let index = 0; index < 2_000; index += 1) check(index % 3 === 0 ? bo : ana, `service-${(index * 7) % 150}`, states[index % 4]!, `check ${index}`);
    return { events, ana, bo };
  }

  it('applies each new check alone and still equals a rebuild from scratch', () => {
    const { events, ana } = bigRoom();
    const incremental = new WarRoomProjection();
    for (const event of events) incremental.apply(event);
    const late = ana.record('service.checked', { incidentId, serviceId: 'service-3', state: 'up', evidence: 'late', override: false, reason: '' });
    const change = incremental.apply(late);
    expect(change.boardIds).toEqual(new Set([incidentId]));
    const rebuilt = WarRoomProjection.rebuild([...events, late]);
    expect(incremental.board(incidentId)).toEqual(rebuilt.board(incidentId));
    expect(incremental.canonicalState()).toBe(rebuilt.canonicalState());
    expect(incremental.board(incidentId).services.reduce((total, service) => total + service.history.length, 0)).toBe(2_001);
  });

  it('refolds to the same board when a check arrives late, sorting before ones already folded', () => {
    const { events } = bigRoom();
    const [declared, ...rest] = events;
    const lateIndex = 500;
    const arrival = [declared!, ...rest.slice(0, lateIndex), ...rest.slice(lateIndex + 1), rest[lateIndex]!];
    const incremental = new WarRoomProjection();
    for (const event of arrival) incremental.apply(event);
    expect(incremental.canonicalState()).toBe(WarRoomProjection.rebuild(events).canonicalState());
  });
});
