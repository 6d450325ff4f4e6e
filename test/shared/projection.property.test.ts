/**
 * The projection must give every laptop the same war room whatever order
 * events arrive in, however often they arrive, and whichever partitions
 * they crossed; and folding events one at a time must equal a rebuild.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignedEvent } from '../../shared/events.js';
import { ENTRY_KINDS } from '../../shared/events.js';
import { WarRoomProjection } from '../../shared/projection/projection.js';
import { INCIDENT_STATUSES } from '../../shared/status.js';
import { SEVERITIES } from '../../shared/severity.js';
import { SimulatedLaptop, seededRandom } from '../support/event-factory.js';

/** A war room where three laptops with skewed clocks work on shared incidents. */
function simulateWarRoom(seed: number, steps: number): SignedEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  let wall = 1_795_000_000_000;
  const skews = [0, -90_000, 45_000];
  const laptops = ['Ana', 'Bo', 'Chen'].map((name, index) => new SimulatedLaptop(name, () => wall + skews[index]!));
  const events: SignedEvent[] = [];
  const incidents: string[] = [];
  const entries: { incidentId: string; entryId: string }[] = [];
  let nextId = 0;
  const id = (prefix: string) => `${prefix}-${seed}-${nextId++}`;

  for (let step = 0; step < steps; step += 1) {
    wall += Math.floor(random() * 2_000);
    const laptop = pick(laptops);
    // Laptops sometimes hear each other (sync), sometimes not (partition).
    if (events.length > 0 && random() < 0.5) laptop.hear(pick(events));
    const roll = random();
    let event: SignedEvent;
    if (incidents.length === 0 || roll < 0.08) {
      const incidentId = id('inc');
      incidents.push(incidentId);
      event = laptop.record('incident.declared', { incidentId, title: `Outage ${incidentId}`, severity: pick(SEVERITIES), summary: 'ünïcödé 障害' });
    } else if (roll < 0.2) {
      event = laptop.record('incident.status_changed', { incidentId: pick(incidents), status: pick(INCIDENT_STATUSES), reopened: random() < 0.2 });
    } else if (roll < 0.25) {
      event = laptop.record('incident.severity_changed', { incidentId: pick(incidents), severity: pick(SEVERITIES), reason: 'scope grew' });
    } else if (entries.length === 0 || roll < 0.6) {
      const incidentId = pick(incidents);
      const entryId = id('ent');
      entries.push({ incidentId, entryId });
      const happenedAt = random() < 0.2 ? wall - 600_000 : null;
      event = laptop.record('timeline.noted', { incidentId, entryId, kind: pick(ENTRY_KINDS), text: `seen at step ${step}`, happenedAt });
    } else if (roll < 0.8) {
      const target = pick(entries);
      event = laptop.record('timeline.edited', { ...target, kind: pick(ENTRY_KINDS), text: `edited at step ${step}`, happenedAt: null });
    } else if (roll < 0.9) {
      event = laptop.record('timeline.struck', { ...pick(entries), reason: 'wrong host' });
    } else {
      event = laptop.record('timeline.restored', pick(entries));
    }
    events.push(event);
  }
  return events;
}

const reference = (events: readonly SignedEvent[]) => WarRoomProjection.rebuild(events).canonicalState();

describe('projection', () => {
  it('gives the same state for any arrival order, with duplicates and replays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (seed, shuffleSeed) => {
        const events = simulateWarRoom(seed, 60);
        const expected = reference(events);
        const random = seededRandom(shuffleSeed);
        const delivered = [...events, ...events.filter(() => random() < 0.3)];
        for (let i = delivered.length - 1; i > 0; i -= 1) {
          const j = Math.floor(random() * (i + 1));
          [delivered[i], delivered[j]] = [delivered[j]!, delivered[i]!];
        }
        expect(reference(delivered)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('folding events one at a time equals a rebuild from scratch at every step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const events = simulateWarRoom(seed, 40);
        const incremental = new WarRoomProjection();
        events.forEach((event, index) => {
          incremental.apply(event);
          if (index % 7 === 0) expect(incremental.canonicalState()).toBe(reference(events.slice(0, index + 1)));
        });
        expect(incremental.canonicalState()).toBe(reference(events));
      }),
      { numRuns: 30 },
    );
  });

  it('peers that saw different halves of a partition converge once they exchange', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (seed, splitSeed) => {
        const events = simulateWarRoom(seed, 50);
        const random = seededRandom(splitSeed);
        const left = new WarRoomProjection();
        const right = new WarRoomProjection();
        for (const event of events) {
          const side = random();
          if (side < 0.4) left.apply(event);
          else if (side < 0.8) right.apply(event);
          else {
            left.apply(event);
            right.apply(event);
          }
        }
        // The partition heals: each side receives everything, in reverse.
        left.applyAll([...events].reverse());
        right.applyAll(events);
        expect(left.canonicalState()).toBe(right.canonicalState());
        expect(left.canonicalState()).toBe(reference(events));
      }),
      { numRuns: 30 },
    );
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

  it('leaves out event types it does not know, without failing', () => {
    const ana = new SimulatedLaptop('Ana', () => 1_795_000_000_000);
    const declared = ana.record('incident.declared', { incidentId: 'inc-000003', title: 'x', severity: 'SEV4', summary: '' });
    const future = { ...declared, type: 'runbook.attached', hash: 'f'.repeat(64), seq: 2 };
    const projection = WarRoomProjection.rebuild([declared, future]);
    expect(projection.incidentList()).toHaveLength(1);
  });
});
