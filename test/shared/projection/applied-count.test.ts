/**
 * How many events a projection says it holds: what a rebuild is checked
 * against (the bench, a catch-up), so an event heard twice, or of a kind
 * this version cannot read, is not counted.
 */
import { describe, expect, it } from 'vitest';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const incidentId = 'incident-count';

describe('the count of events a projection holds', () => {
  it('counts each event once, however often it is heard, and leaves out what this version cannot read', () => {
    let clock = 1_795_000_000_000;
    const ana = new SimulatedLaptop('Ana', () => (clock += 10));
    const declared = ana.record('incident.declared', { incidentId, title: 'Payments down', severity: 'SEV1', summary: '' });
    const noted = ana.record('timeline.noted', { incidentId, entryId: 'entry-0001', kind: 'note', text: 'db-3 lagging', happenedAt: null });
    // A laptop running a later version records a kind of event this one does not know.
    const fromLaterVersion = ana.record('incident.weather_noted' as never, { incidentId, sky: 'clear' } as never);

    const projection = WarRoomProjection.rebuild([declared, noted, fromLaterVersion, noted, declared, fromLaterVersion]);
    expect(projection.size).toBe(2);
    projection.applyAll([noted, fromLaterVersion]);
    expect(projection.size).toBe(2);
    expect(projection.timeline(incidentId).filter((entry) => entry.text === 'db-3 lagging')).toHaveLength(1);
  });
});
