import { describe, expect, it } from 'vitest';
import { matchingEntryIds, splitOnMatches } from '../../../../renderer/components/timeline/timelineSearch.js';
import { entry } from '../../entries.js';

describe('searching one timeline', () => {
  it('finds entries whatever the case, in timeline order', () => {
    const entries = [entry('a', { text: 'Failover to DB-4' }), entry('b', { text: 'nothing here' }), entry('c', { text: 'db-4 is healthy' })];
    expect(matchingEntryIds(entries, ' db-4 ')).toEqual(['a', 'c']);
    expect(matchingEntryIds(entries, '')).toEqual([]);
  });

  it('cuts the text at every occurrence, keeping its own case, to mark each', () => {
    expect(splitOnMatches('DB down, db up', 'db')).toEqual([
      { text: 'DB', match: true },
      { text: ' down, ', match: false },
      { text: 'db', match: true },
      { text: ' up', match: false },
    ]);
  });
});
