/**
 * The projection must give every laptop the same war room whatever order
 * events arrive in, however often they arrive, whichever partitions they
 * crossed and whatever the laptops' clocks say; and folding events one at a
 * time must equal a rebuild. The war rooms are made of every event type
 * (event-arbitraries.ts), recorded by three laptops with skewed clocks that
 * hear each other only when they sync, so a failing case shrinks to the few
 * moves that break it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventPayloadSchemas, EVENT_TYPES, type SignedEvent } from '../../shared/events.js';
import { WarRoomProjection } from '../../shared/projection/projection.js';
import { generateDeviceKey } from '../../electron/identity/device-key.js';
import { SimulatedLaptop } from '../support/event-factory.js';
import { anyEvent, PAYLOADS, ROOM_START } from './event-arbitraries.js';
import { payloadShape } from './event-schema-shape.js';

const LAPTOPS = ['Ana', 'Bo', 'Chen'].map((name) => ({ name, key: generateDeviceKey() }));
const laptopIndex = fc.nat(LAPTOPS.length - 1);

/** What happens in the room: a laptop records an event, or one laptop takes in what another holds. */
const move = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('record' as const), laptop: laptopIndex, afterMs: fc.nat(90_000), event: anyEvent }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: laptopIndex, to: laptopIndex }) },
);

/** How far each laptop's clock is off: up to ten minutes either way. */
const skew = fc.integer({ min: -600_000, max: 600_000 });

const warRoomPlan = fc.record({ skews: fc.array(skew, { minLength: LAPTOPS.length, maxLength: LAPTOPS.length }), moves: fc.array(move, { minLength: 1, maxLength: 50 }) });
type WarRoomPlan = typeof warRoomPlan extends fc.Arbitrary<infer P> ? P : never;

interface WarRoom {
  /** Every event, in the order it was recorded. */
  readonly events: readonly SignedEvent[];
  /** What each laptop holds at the end, in the order it came to it. */
  readonly held: readonly (readonly SignedEvent[])[];
}

function simulate({ skews, moves }: WarRoomPlan): WarRoom {
  let wall = ROOM_START;
  const laptops = LAPTOPS.map(({ name, key }, index) => new SimulatedLaptop(name, () => wall + skews[index]!, key));
  const held: SignedEvent[][] = laptops.map(() => []);
  const events: SignedEvent[] = [];
  for (const step of moves) {
    if (step.kind === 'record') {
      wall += step.afterMs;
      const event = laptops[step.laptop]!.record(step.event.type, step.event.payload);
      events.push(event);
      held[step.laptop]!.push(event);
    } else {
      const has = new Set(held[step.to]!.map((event) => event.hash));
      for (const event of held[step.from]!) {
        if (has.has(event.hash)) continue;
        held[step.to]!.push(event);
        laptops[step.to]!.hear(event);
      }
    }
  }
  return { events, held };
}

/**
 * An arrival order with events delivered again: each event takes the rank
 * drawn for it (0 when none is), repeats take theirs, and a stable sort by
 * rank is the order. Ranks shrink to 0, so a failing order shrinks towards
 * the order recorded.
 */
const arrival = fc.record({
  ranks: fc.array(fc.nat(100), { maxLength: 60 }),
  repeats: fc.array(fc.record({ index: fc.nat(), rank: fc.nat(100) }), { maxLength: 10 }),
});

function deliver(events: readonly SignedEvent[], { ranks, repeats }: typeof arrival extends fc.Arbitrary<infer A> ? A : never): SignedEvent[] {
  if (events.length === 0) return [];
  const ranked = [
    ...events.map((event, index) => ({ event, rank: ranks[index] ?? 0 })),
    ...repeats.map(({ index, rank }) => ({ event: events[index % events.length]!, rank })),
  ];
  return ranked.sort((a, b) => a.rank - b.rank).map(({ event }) => event);
}

const stateOf = (events: readonly SignedEvent[]) => WarRoomProjection.rebuild(events).canonicalState();

describe('projection', () => {
  it('gives the same war room for any arrival order, with events delivered again, whatever the clocks', () => {
    fc.assert(
      fc.property(warRoomPlan, arrival, (plan, order) => {
        const { events } = simulate(plan);
        expect(stateOf(deliver(events, order))).toBe(stateOf(events));
      }),
      { numRuns: 300 },
    );
  });

  it('folding events one at a time equals a rebuild from scratch at every step', () => {
    fc.assert(
      fc.property(warRoomPlan, arrival, (plan, order) => {
        const delivered = deliver(simulate(plan).events, order);
        const incremental = new WarRoomProjection();
        delivered.forEach((event, index) => {
          incremental.apply(event);
          expect(incremental.canonicalState()).toBe(stateOf(delivered.slice(0, index + 1)));
        });
      }),
      { numRuns: 80 },
    );
  });

  it('laptops that each held a part of the room converge once they exchange everything', () => {
    fc.assert(
      fc.property(warRoomPlan, (plan) => {
        const { events, held } = simulate(plan);
        const projections = held.map((part) => {
          const projection = new WarRoomProjection();
          for (const event of part) projection.apply(event);
          return projection;
        });
        // The partition heals: each laptop takes in what every other one held, in that one's order.
        projections.forEach((projection, index) => held.forEach((part, other) => other !== index && projection.applyAll(part)));
        const expected = stateOf(events);
        for (const projection of projections) expect(projection.canonicalState()).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('are fed events their schemas accept, of every type, with every field', () => {
    for (const type of EVENT_TYPES) {
      const arbitrary: fc.Arbitrary<unknown> = PAYLOADS[type];
      const payloads = fc.sample(arbitrary, { numRuns: 200, seed: 13 });
      for (const payload of payloads) expect(eventPayloadSchemas[type].safeParse(payload).success, `${type} ${JSON.stringify(payload)}`).toBe(true);
      const generated = new Set(payloads.flatMap((payload) => fieldPaths(payload)));
      expect(Object.keys(payloadShape(eventPayloadSchemas[type])).filter((path) => !generated.has(path)), `fields of ${type} never generated`).toEqual([]);
    }
  });

  it('the last writer in stamp order wins an entry edited on two laptops at once', () => {
    let wall = 1_795_000_000_000;
    const ana = new SimulatedLaptop('Ana', () => wall);
    const bo = new SimulatedLaptop('Bo', () => wall);
    const declared = ana.record('incident.declared', { incidentId: 'inc-000001', title: 'DB down', severity: 'SEV1', summary: '' });
    const noted = ana.record('timeline.noted', { incidentId: 'inc-000001', entryId: 'ent-000001', kind: 'note', text: 'primary gone', happenedAt: null });
    wall += 1_000;
    const anaEdit = ana.record('timeline.edited', { incidentId: 'inc-000001', entryId: 'ent-000001', kind: 'note', text: 'primary gone (eu-1)', happenedAt: null });
    wall += 1;
    const boEdit = bo.record('timeline.edited', { incidentId: 'inc-000001', entryId: 'ent-000001', kind: 'check', text: 'primary gone, checked by hand', happenedAt: null });
    for (const order of [[declared, noted, anaEdit, boEdit], [boEdit, anaEdit, noted, declared]]) {
      const entry = WarRoomProjection.rebuild(order).entry('ent-000001')!;
      expect(entry.text).toBe('primary gone, checked by hand');
      expect(entry.kind).toBe('check');
      expect(entry.revisions.map((revision) => revision.text)).toEqual(['primary gone', 'primary gone (eu-1)', 'primary gone, checked by hand']);
    }
  });

  it('keeps an edit that arrives before its entry and shows it once the entry arrives', () => {
    const wall = 1_795_000_000_000;
    const ana = new SimulatedLaptop('Ana', () => wall);
    const declared = ana.record('incident.declared', { incidentId: 'inc-000002', title: 'CDN', severity: 'SEV2', summary: '' });
    const noted = ana.record('timeline.noted', { incidentId: 'inc-000002', entryId: 'ent-000002', kind: 'note', text: 'first', happenedAt: null });
    const edited = ana.record('timeline.edited', { incidentId: 'inc-000002', entryId: 'ent-000002', kind: 'note', text: 'second', happenedAt: null });
    const projection = new WarRoomProjection();
    projection.apply(declared);
    projection.apply(edited);
    expect(projection.timeline('inc-000002').some((entry) => entry.id === 'ent-000002')).toBe(false);
    projection.apply(noted);
    expect(projection.entry('ent-000002')!.text).toBe('second');
  });

  it('shows one line for a drill two laptops stopped at once, whichever stop arrives first', () => {
    let wall = ROOM_START;
    const ana = new SimulatedLaptop('Ana', () => wall);
    const bo = new SimulatedLaptop('Bo', () => wall);
    const declared = ana.record('incident.declared', { incidentId: 'drill-north', title: 'Failover drill', severity: 'SEV3', summary: '', drill: { runbookId: 'runbook-failover', targetMs: null } });
    wall += 1_000;
    const anaStops = ana.record('drill.stopped', { incidentId: 'drill-north', reason: 'lunch' });
    wall += 1;
    const boStops = bo.record('drill.stopped', { incidentId: 'drill-north', reason: 'pager went off' });
    for (const order of [[declared, anaStops, boStops], [declared, boStops, anaStops]]) {
      const projection = new WarRoomProjection();
      const changes = order.map((event) => projection.apply(event));
      expect(projection.timeline('drill-north').map((entry) => entry.text)).toEqual(['Drill started SEV3: Failover drill', 'Drill stopped (lunch)']);
      // A screen is told to take the later stop's line away, when it came first.
      const removed = changes.flatMap((change) => [...change.removedEntries.values()]);
      expect(removed).toEqual(order[1] === boStops ? ['drill-north'] : []);
    }
  });

  it('gives an entry or checklist id reused in another incident to the first in the agreed order, whichever arrives first', () => {
    let wall = ROOM_START;
    const ana = new SimulatedLaptop('Ana', () => wall);
    const liar = new SimulatedLaptop('Mallory', () => wall);
    const north = ana.record('incident.declared', { incidentId: 'incident-north', title: 'North', severity: 'SEV2', summary: '' });
    const south = liar.record('incident.declared', { incidentId: 'incident-south', title: 'South', severity: 'SEV2', summary: '' });
    wall += 1_000;
    const noted = ana.record('timeline.noted', { incidentId: 'incident-north', entryId: 'entry-000001', kind: 'note', text: 'primary down', happenedAt: null });
    const attached = ana.record('checklist.attached', { incidentId: 'incident-north', checklistId: 'checklist-000001', runbookId: 'runbook-db', title: 'Database', targetMs: null, steps: [{ stepId: 'step-1', title: 'Check replicas', details: '', needs: [], role: null, expectMs: null, links: [], phase: null }] });
    wall += 1_000;
    const reusedEntry = liar.record('timeline.noted', { incidentId: 'incident-south', entryId: 'entry-000001', kind: 'note', text: 'taken', happenedAt: null });
    const reusedList = liar.record('checklist.attached', { incidentId: 'incident-south', checklistId: 'checklist-000001', runbookId: 'runbook-db', title: 'Taken', targetMs: null, steps: [{ stepId: 'step-1', title: 'Check replicas', details: '', needs: [], role: null, expectMs: null, links: [], phase: null }] });
    for (const order of [
      [north, south, noted, attached, reusedEntry, reusedList],
      [north, south, reusedEntry, reusedList, noted, attached],
    ]) {
      const projection = new WarRoomProjection();
      for (const event of order) projection.apply(event);
      expect(projection.timeline('incident-north').map((entry) => entry.text)).toContain('primary down');
      expect(projection.timeline('incident-south').map((entry) => entry.id)).not.toContain('entry-000001');
      expect(projection.checklistsOf('incident-north').map((list) => list.title)).toEqual(['Database']);
      expect(projection.checklistsOf('incident-south')).toEqual([]);
      expect(projection.incident('incident-south')?.entryCount ?? 0).toBe(projection.timeline('incident-south').filter((entry) => entry.editable).length);
    }
  });

  it('leaves out event types it does not know, without failing', () => {
    const ana = new SimulatedLaptop('Ana', () => 1_795_000_000_000);
    const declared = ana.record('incident.declared', { incidentId: 'inc-000003', title: 'x', severity: 'SEV4', summary: '' });
    const future = { ...declared, type: 'runbook.attached', hash: 'f'.repeat(64), seq: 2 };
    const projection = WarRoomProjection.rebuild([declared, future]);
    expect(projection.incidentList()).toHaveLength(1);
  });
});

/** Every field path in a payload, as payloadShape names them: `drill.runbookId`, `steps[].stepId`. */
function fieldPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => fieldPaths(item, `${prefix.slice(0, -1)}[].`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, field]) => [`${prefix}${name}`, ...fieldPaths(field, `${prefix}${name}.`)]);
}
