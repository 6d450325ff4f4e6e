import { describe, expect, it } from 'vitest';
import { keyMomentEntries } from '../../../../renderer/components/postmortem/chronology.js';
import { BASE, entry } from '../../entries.js';

describe('the key moments that lead the post-mortem’s timeline', () => {
  const entries = [entry('e1', { recordedAt: BASE }), entry('e2', { recordedAt: BASE + 1000 }), entry('e3', { recordedAt: BASE + 2000 })];

  it('are in the order they happened, not the order they were starred, with who starred them', () => {
    const moments = [
      { entryId: 'e3', by: 'Bo', at: BASE + 5000 },
      { entryId: 'e1', by: 'Ana', at: BASE + 6000 },
    ];
    expect(keyMomentEntries(entries, moments).map(({ entry: each, starredBy }) => [each.id, starredBy])).toEqual([
      ['e1', 'Ana'],
      ['e3', 'Bo'],
    ]);
  });

  it('leave out a star whose entry is not loaded yet', () => {
    expect(keyMomentEntries(entries, [{ entryId: 'elsewhere', by: 'Bo', at: BASE }])).toEqual([]);
  });
});
