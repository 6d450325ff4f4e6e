import { describe, expect, it } from 'vitest';
import { TIMELINE_SEARCH_LIMIT } from '../../../shared/projection/timeline-search.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { declaredIncident } = useScratch();

describe('searching every incident’s timeline', () => {
  it('finds the words in any case across incidents, newest incident first, naming each incident', () => {
    const { host, incidentId: older } = declaredIncident('Replica lag on db-3', 'SEV2');
    const { incidentId: newer } = expectOk(host.run('declareIncident', { title: 'Checkout 502s', severity: 'SEV1' }));
    expectOk(host.run('addEntry', { incidentId: older, text: 'Failed over to DB-4' }));
    expectOk(host.run('addEntry', { incidentId: older, text: 'lag back under 1s' }));
    expectOk(host.run('addEntry', { incidentId: newer, text: 'gateway talks to db-4 too' }));

    const found = expectOk(host.run('searchTimeline', { query: '  db-4 ' }));

    expect(found.truncated).toBe(false);
    expect(found.hits.map((hit) => [hit.incidentTitle, hit.entry.text])).toEqual([
      ['Checkout 502s', 'gateway talks to db-4 too'],
      ['Replica lag on db-3', 'Failed over to DB-4'],
    ]);
    expect(found.hits[1]!.incidentId).toBe(older);
  });

  it('answers with a bounded number of entries and says there were more', () => {
    const { host, incidentId } = declaredIncident('Noisy night', 'SEV3');
    for (let n = 0; n <= TIMELINE_SEARCH_LIMIT; n += 1) expectOk(host.run('addEntry', { incidentId, text: `ping ${n}` }));

    const found = expectOk(host.run('searchTimeline', { query: 'ping' }));

    expect(found.hits).toHaveLength(TIMELINE_SEARCH_LIMIT);
    expect(found.truncated).toBe(true);
  });

  it('refuses an empty search with a sentence', () => {
    const { host } = declaredIncident('Quiet night', 'SEV4');
    expect(expectFailure(host.run('searchTimeline', { query: '   ' })).message).toMatch(/Type some words/);
  });
});
