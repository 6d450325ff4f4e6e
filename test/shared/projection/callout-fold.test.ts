/**
 * The call-out as every laptop folds it: the first listing sets the
 * severity and escalation time, a later one adds only people not listed,
 * each callee's state is their latest step in the agreed order with the
 * first time of each step kept, the timeline says who was called, and the
 * same events in any arrival order give the same list.
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload, SignedEvent } from '../../../shared/events.js';
import type { Callee } from '../../../shared/outreach/draw-call-out.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = 1_795_000_000_000;
const incidentId = 'incident-callout';

const callee = (name: string, chain: string, rank: number, why = `on call for ${chain}`): Callee => ({
  key: `person:person-${name.toLowerCase()}`,
  name,
  personId: `person-${name.toLowerCase()}`,
  partnerId: null,
  why,
  chain,
  rank,
  phone: '+44 20 7946 0001',
  email: `${name.toLowerCase()}@example.org`,
});
const ANA = callee('Ana', 'Payments', 0);
const BO = callee('Bo', 'Payments', 1, 'for Payments');
const CHEN = callee('Chen', 'Network', 0);

function room() {
  let clock = START;
  const now = () => clock;
  const ana = new SimulatedLaptop('Ana', now);
  const bo = new SimulatedLaptop('Bo', now);
  const events: SignedEvent[] = [];
  const record = <T extends 'incident.declared' | 'incident.severity_changed' | 'callout.listed' | 'callout.progressed'>(laptop: SimulatedLaptop, type: T, payload: EventPayload<T>) => {
    clock += 60_000;
    const event = laptop.record(type, payload);
    for (const other of [ana, bo]) if (other !== laptop) other.hear(event);
    events.push(event);
    return event;
  };
  record(ana, 'incident.declared', { incidentId, title: 'Card payments failing', severity: 'SEV1', summary: '' });
  const list = (laptop: SimulatedLaptop, callees: Callee[], severity: 'SEV1' | 'SEV2' = 'SEV1', standby: Callee[] = []) =>
    record(laptop, 'callout.listed', { incidentId, severity, escalateAfterMs: 300_000, callees, standby, reason: '' });
  const step = (laptop: SimulatedLaptop, who: Callee, state: EventPayload<'callout.progressed'>['state'], note = '') => record(laptop, 'callout.progressed', { incidentId, calleeKey: who.key, state, note });
  return { ana, bo, events, list, step };
}

const calloutOf = (events: readonly SignedEvent[]) => WarRoomProjection.rebuild(events).outreach(incidentId).callout;
const linesOf = (events: readonly SignedEvent[]) =>
  WarRoomProjection.rebuild(events)
    .timeline(incidentId)
    .filter((entry) => entry.kind === 'callout')
    .map((entry) => entry.text);

describe('the call-out folded from its events', () => {
  it('has no list until someone is listed', () => {
    const { events } = room();
    expect(calloutOf(events)).toBeNull();
  });

  it('keeps the first listing’s severity and time, adds only people not listed yet, and keeps the later ranks in reserve', () => {
    const { events, ana, bo, list } = room();
    list(ana, [ANA, CHEN], 'SEV1', [BO]);
    list(bo, [CHEN, { ...ANA, why: 'changed' }], 'SEV2');
    const callout = calloutOf(events)!;
    expect(callout).toMatchObject({ severity: 'SEV1', escalateAfterMs: 300_000, listedBy: 'Ana' });
    expect(callout.callees.map((one) => [one.name, one.why, one.state])).toEqual([
      ['Ana', 'on call for Payments', 'to call'],
      ['Chen', 'on call for Network', 'to call'],
    ]);
    expect(callout.standby.map((one) => one.name)).toEqual(['Bo']);
    list(bo, [BO]);
    expect(calloutOf(events)!.callees.map((one) => one.name)).toEqual(['Ana', 'Bo', 'Chen']);
    expect(calloutOf(events)!.standby).toEqual([]);
  });

  it('takes the latest step as the state, keeps when each first happened and who called, and says so on the timeline', () => {
    const { events, ana, bo, list, step } = room();
    list(ana, [ANA, CHEN]);
    step(bo, ANA, 'called');
    step(ana, ANA, 'reached');
    step(ana, ANA, 'acknowledged', 'on her way in');
    step(ana, CHEN, 'unreached');
    const [first, second] = calloutOf(events)!.callees;
    expect(first).toMatchObject({ state: 'acknowledged', calledAt: START + 3 * 60_000, calledBy: 'Bo', reachedAt: START + 4 * 60_000, acknowledgedAt: START + 5 * 60_000 });
    expect(first!.steps.map((one) => one.state)).toEqual(['called', 'reached', 'acknowledged']);
    expect(second).toMatchObject({ state: 'unreached', calledAt: START + 6 * 60_000, calledBy: 'Ana', reachedAt: null });
    expect(linesOf(events)).toEqual([
      'Call-out started for SEV1: 2 people to call',
      'Called Ana (on call for Payments)',
      'Reached Ana',
      'Acknowledged by Ana: on her way in',
      'No answer from Chen',
    ]);
  });

  it('ends the same whatever order the events arrive in, and an event heard twice changes nothing', () => {
    const { events, ana, bo, list, step } = room();
    list(ana, [ANA, CHEN], 'SEV1', [BO]);
    step(ana, ANA, 'called');
    step(bo, ANA, 'unreached');
    list(bo, [BO]);
    step(bo, BO, 'reached');
    step(ana, CHEN, 'reached');
    const expected = calloutOf(events);
    const reversed = [...events].reverse();
    const shuffled = [events[3]!, events[0]!, events[5]!, events[1]!, events[6]!, events[2]!, events[4]!];
    expect(calloutOf(reversed)).toEqual(expected);
    expect(calloutOf(shuffled)).toEqual(expected);
    expect(calloutOf([...events, ...events])).toEqual(expected);
  });
});
