/**
 * Shift briefs as every laptop folds them: in the order written, with the
 * first acknowledgement in the agreed order standing whatever order the
 * events arrived in, and a line on the timeline for each.
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload, EventType, SignedEvent } from '../../../shared/events.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = 1_795_000_000_000;
const incidentId = 'incident-briefs';

function room() {
  let clock = START;
  const now = () => clock;
  const ana = new SimulatedLaptop('Ana', now);
  const bo = new SimulatedLaptop('Bo', now);
  const cy = new SimulatedLaptop('Cy', now);
  const events: SignedEvent[] = [];
  const everyone = [ana, bo, cy];
  const record = <T extends EventType>(by: SimulatedLaptop, type: T, payload: EventPayload<T>, heard = true) => {
    const event = by.record(type, payload);
    if (heard) for (const other of everyone) if (other !== by) other.hear(event);
    events.push(event);
    return event;
  };
  record(ana, 'incident.declared', { incidentId, title: 'Ledger down', severity: 'SEV1', summary: '' });
  return { ana, bo, cy, events, record, advance: (ms: number) => (clock += ms) };
}

const written = (briefId: string, to: string | null): EventPayload<'brief.written'> => ({
    incidentId,
    briefId,
    roleId: 'coordinator',
    roleName: 'Coordinator',
    from: 'Ana',
    to,
    hours: 4,
    sections: [
      { heading: 'Steps open', items: ['Promote the replica', 'Fence the old primary', 'Call the bank'] },
      { heading: 'Promises open', items: ['ETA to management', 'Callback to North Bank'] },
    ],
    questions: '',
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('shift briefs, folded', () => {
  it('puts the brief and its acknowledgement on the timeline in words', () => {
    const { ana, bo, events, record, advance } = room();
    record(ana, 'brief.written', written('brief-1', 'Bo'));
    advance(60_000);
    record(bo, 'brief.acknowledged', { incidentId, briefId: 'brief-1', note: '' });
    const projection = WarRoomProjection.rebuild(events);
    expect(projection.timeline(incidentId).filter((entry) => entry.kind === 'brief').map((entry) => entry.text)).toEqual([
      'Shift brief for Coordinator from Ana to Bo: 3 steps open, 2 promises due',
      'Bo acknowledged the Coordinator brief',
    ]);
    const [brief] = projection.outreach(incidentId).briefs;
    expect(brief!.acknowledged).toEqual({ at: START + 60_000, by: 'Bo', note: '' });
  });

  it('says a brief written going off shift is for whoever takes the role next', () => {
    const { ana, events, record } = room();
    record(ana, 'brief.written', { ...written('brief-1', null), sections: [], questions: 'Is the bank calling back?' });
    const [line] = WarRoomProjection.rebuild(events).timeline(incidentId).filter((entry) => entry.kind === 'brief');
    expect(line!.text).toBe('Shift brief for Coordinator from Ana, for whoever takes it next: open questions');
  });

  it('keeps the first acknowledgement in the agreed order when two laptops acknowledged while cut off, in any arrival order', () => {
    const { ana, bo, cy, events, record, advance } = room();
    record(ana, 'brief.written', written('brief-1', null));
    advance(60_000);
    record(cy, 'brief.acknowledged', { incidentId, briefId: 'brief-1', note: 'Cy here' }, false);
    record(bo, 'brief.acknowledged', { incidentId, briefId: 'brief-1', note: 'Bo here' }, false);
    const reference = WarRoomProjection.rebuild(events);
    const standing = reference.outreach(incidentId).briefs[0]!.acknowledged!;
    const acknowledgements = reference.timeline(incidentId).filter((entry) => entry.text.includes('acknowledged'));
    expect(acknowledgements).toHaveLength(1);
    for (const seed of [1, 2, 3, 4, 5]) {
      const other = WarRoomProjection.rebuild([...shuffled(events, seed), events[1]!]);
      expect(other.outreach(incidentId)).toEqual(reference.outreach(incidentId));
      expect(other.outreach(incidentId).briefs[0]!.acknowledged).toEqual(standing);
      expect(other.timeline(incidentId)).toEqual(reference.timeline(incidentId));
    }
  });

  it('lists briefs in the order written', () => {
    const { ana, bo, events, record, advance } = room();
    record(ana, 'brief.written', written('brief-1', 'Bo'));
    advance(60_000);
    record(bo, 'brief.written', { ...written('brief-2', 'Cy'), from: 'Bo' });
    expect(WarRoomProjection.rebuild(shuffled(events, 7)).outreach(incidentId).briefs.map((brief) => brief.id)).toEqual(['brief-1', 'brief-2']);
  });
});
