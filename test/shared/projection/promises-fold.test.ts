/**
 * Promises as every laptop folds them: the first made and the first close
 * in the agreed order stand whatever order events arrive in; a second close
 * from a laptop that was cut off is kept beside it; due changes keep where
 * they moved from; and each writes its line on the timeline.
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload, SignedEvent } from '../../../shared/events.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = Date.UTC(2026, 11, 7, 15, 0, 0);
const MINUTE = 60_000;
const incidentId = 'incident-promises';

type PromiseEvent = 'incident.declared' | 'promise.made' | 'promise.due_changed' | 'promise.closed';

function room() {
  let clock = START;
  const ana = new SimulatedLaptop('Ana', () => clock);
  const bo = new SimulatedLaptop('Bo', () => clock);
  const events: SignedEvent[] = [];
  /** Recorded on `laptop`; the other hears it only when `heard` (not while the two are cut off). */
  const record = <T extends PromiseEvent>(laptop: SimulatedLaptop, type: T, payload: EventPayload<T>, heard = true) => {
    clock += MINUTE;
    const event = laptop.record(type, payload);
    if (heard) for (const other of [ana, bo]) if (other !== laptop) other.hear(event);
    events.push(event);
    return event;
  };
  record(ana, 'incident.declared', { incidentId, title: 'Card payments failing', severity: 'SEV1', summary: '' });
  const make = (laptop: SimulatedLaptop, promiseId: string, dueAt: number, to = 'Management', what = 'ETA for payments') =>
    record(laptop, 'promise.made', { incidentId, promiseId, what, to, madeBy: laptop.author, dueAt, updateId: null });
  return { ana, bo, events, record, make };
}

function fold(events: readonly SignedEvent[]) {
  const projection = WarRoomProjection.rebuild(events);
  const promiseLines = projection
    .timeline(incidentId)
    .filter((entry) => entry.kind === 'promise')
    .map((entry) => entry.text);
  return { promises: projection.outreach(incidentId).promises, promiseLines };
}

/** Every rotation and the reverse, each with the first event delivered twice. */
function arrivals(events: readonly SignedEvent[]): SignedEvent[][] {
  const orders = events.map((_, shift) => [...events.slice(shift), ...events.slice(0, shift)]);
  orders.push([...events].reverse());
  return orders.map((order) => [...order, order[0]!]);
}

describe('promises folded from their events', () => {
  it('shows a promise made, to whom and by whom, with its line on the timeline', () => {
    const { ana, events, make } = room();
    make(ana, 'promise-1', START + 60 * MINUTE);
    const { promises, promiseLines } = fold(events);
    expect(promises).toEqual([
      expect.objectContaining({ id: 'promise-1', what: 'ETA for payments', to: 'Management', madeBy: 'Ana', recordedBy: 'Ana', dueAt: START + 60 * MINUTE, status: 'open', closed: null }),
    ]);
    expect(promiseLines).toEqual(['Promised Management: ETA for payments (due 16:00 UTC, by Ana)']);
  });

  it('keeps the first close in the agreed order, and a second from a laptop that was cut off beside it, whatever the arrival order', () => {
    const { ana, bo, events, record, make } = room();
    make(ana, 'promise-1', START + 60 * MINUTE);
    // Cut off from each other, Bo marks it kept and, a minute later, Ana marks it broken.
    record(bo, 'promise.closed', { incidentId, promiseId: 'promise-1', outcome: 'kept', reason: 'Called them at 15:50' }, false);
    record(ana, 'promise.closed', { incidentId, promiseId: 'promise-1', outcome: 'broken', reason: 'No ETA yet' }, false);
    const expected = fold(events);
    const [promise] = expected.promises;
    expect(promise).toMatchObject({ status: 'kept', closed: { outcome: 'kept', by: 'Bo', reason: 'Called them at 15:50' } });
    expect(promise!.laterCloses).toEqual([expect.objectContaining({ outcome: 'broken', by: 'Ana', reason: 'No ETA yet' })]);
    expect(expected.promiseLines.slice(1)).toEqual([
      'Promise to Management kept: ETA for payments (Called them at 15:50)',
      'Promise to Management also marked broken by Ana, after Bo had marked it kept: ETA for payments (No ETA yet)',
    ]);
    for (const order of arrivals(events)) expect(fold(order)).toEqual(expected);
  });

  it('keeps the first promise made under an id, and every move of its due time with where it moved from', () => {
    const { ana, bo, events, record, make } = room();
    make(ana, 'promise-1', START + 60 * MINUTE);
    make(bo, 'promise-1', START + 90 * MINUTE, 'North Bank', 'a different promise under the same id');
    record(bo, 'promise.due_changed', { incidentId, promiseId: 'promise-1', dueAt: START + 75 * MINUTE, reason: 'Bank asked for more time' });
    record(ana, 'promise.due_changed', { incidentId, promiseId: 'promise-1', dueAt: START + 24 * 60 * MINUTE, reason: '' });
    const expected = fold(events);
    const [promise] = expected.promises;
    expect(expected.promises).toHaveLength(1);
    expect(promise).toMatchObject({ to: 'Management', dueAt: START + 24 * 60 * MINUTE });
    expect(promise!.dueChanges.map((change) => [change.from, change.to, change.by, change.reason])).toEqual([
      [START + 60 * MINUTE, START + 75 * MINUTE, 'Bo', 'Bank asked for more time'],
      [START + 75 * MINUTE, START + 24 * 60 * MINUTE, 'Ana', ''],
    ]);
    expect(expected.promiseLines.slice(1)).toEqual([
      'Promise to Management moved to 16:15 UTC (was 16:00 UTC): ETA for payments. Why: Bank asked for more time',
      'Promise to Management moved to 2026-12-08 15:00 UTC (was 16:15 UTC): ETA for payments',
    ]);
    for (const order of arrivals(events)) expect(fold(order)).toEqual(expected);
  });

  it('lists promises in the order made, each with its own state', () => {
    const { ana, bo, events, record, make } = room();
    make(ana, 'promise-1', START + 60 * MINUTE);
    make(bo, 'promise-2', START + 30 * MINUTE, 'North Bank', 'call back with the failover time');
    record(bo, 'promise.closed', { incidentId, promiseId: 'promise-2', outcome: 'withdrawn', reason: 'The bank called us first' });
    const { promises } = fold(events);
    expect(promises.map((one) => [one.id, one.status])).toEqual([
      ['promise-1', 'open'],
      ['promise-2', 'withdrawn'],
    ]);
  });
});
