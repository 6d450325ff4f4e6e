import { describe, expect, it } from 'vitest';
import type { RoleView } from '../../../../shared/projection/views.js';
import { filterEntries, NO_FILTER } from '../../../../renderer/components/timeline/timelineFilter.js';
import { BASE, entry } from '../../entries.js';

const HOUR = 3_600_000;

const coordinator: RoleView = {
  id: 'coordinator',
  name: 'Coordinator',
  key: true,
  cardId: null,
  holder: 'Ben Okafor',
  holderPersonId: null,
  since: BASE + 2 * HOUR,
  history: [
    { from: null, to: 'Ana Lopez', toPersonId: null, reason: '', at: BASE, by: 'Ana' },
    { from: 'Ana Lopez', to: 'Ben Okafor', toPersonId: null, reason: 'shift change', at: BASE + 2 * HOUR, by: 'Ana' },
  ],
};

const timeline = [
  entry('declared', { kind: 'declared', editable: false, author: 'Ana', recordedAt: BASE }),
  entry('ana-note', { author: 'Ana', recordedAt: BASE + HOUR }),
  entry('ana-late', { author: 'Ana', kind: 'decision', recordedAt: BASE + 3 * HOUR }),
  entry('ben-note', { author: 'Ben', recordedAt: BASE + 3 * HOUR + 1 }),
];

const ids = (filter: Partial<typeof NO_FILTER>) => filterEntries(timeline, { ...NO_FILTER, ...filter }, [coordinator]).map((shown) => shown.id);

describe('filtering the timeline', () => {
  it('tells people’s words from what Holdfast wrote itself', () => {
    expect(ids({ kind: 'people' })).toEqual(['ana-note', 'ana-late', 'ben-note']);
    expect(ids({ kind: 'automatic' })).toEqual(['declared']);
    expect(ids({ kind: 'decision' })).toEqual(['ana-late']);
  });

  it('by author', () => {
    expect(ids({ author: 'Ben' })).toEqual(['ben-note']);
  });

  it('by role follows the role across a shift change, whoever held it when they wrote', () => {
    expect(ids({ roleId: 'coordinator' })).toEqual(['declared', 'ana-note', 'ben-note']);
    expect(ids({ roleId: 'coordinator', kind: 'people' })).toEqual(['ana-note', 'ben-note']);
  });

  it('shows everything when nothing is filtered', () => {
    expect(filterEntries(timeline, NO_FILTER, [])).toBe(timeline);
  });
});
