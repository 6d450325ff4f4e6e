/**
 * Each new timeline line brings its incident again from the host, changed
 * only in its entry count: the store keeps every other part as it held it,
 * so what follows those parts (the timeline's stars and filters, the panels)
 * is not worked out and drawn again for one line.
 */
import { describe, expect, it } from 'vitest';
import { createHoldfastStore } from '../../../renderer/store/store.js';
import { incident } from '../entries.js';

const withRoles = (entryCount: number) =>
  // A fresh copy each time, as every message from the host is.
  structuredClone(
    incident('i1', {
      entryCount,
      keyMoments: [{ entryId: 'e1', by: 'Ana', at: 5 }],
    }),
  );

describe('an incident merged again', () => {
  it('keeps its unchanged parts when only the entry count moved', () => {
    const store = createHoldfastStore();
    store.getState().mergeIncidents([withRoles(1)]);
    const before = store.getState().incidents.i1!;
    store.getState().mergeIncidents([withRoles(2)]);
    const after = store.getState().incidents.i1!;
    expect(after.entryCount).toBe(2);
    expect(after.roles).toBe(before.roles);
    expect(after.keyMoments).toBe(before.keyMoments);
    expect(after.statusHistory).toBe(before.statusHistory);
  });

  it('changes nothing in the store when it comes back the same', () => {
    const store = createHoldfastStore();
    store.getState().mergeIncidents([withRoles(1)]);
    const before = store.getState();
    store.getState().mergeIncidents([withRoles(1)]);
    expect(store.getState().incidents).toBe(before.incidents);
  });

  it('takes every change the host sends, however deep', () => {
    const store = createHoldfastStore();
    store.getState().mergeIncidents([withRoles(1)]);
    const before = store.getState().incidents.i1!;
    const changed = withRoles(1);
    store.getState().mergeIncidents([{ ...changed, keyMoments: [] }]);
    const after = store.getState().incidents.i1!;
    expect(after.keyMoments).toEqual([]);
    expect(after.roles).toBe(before.roles);
  });
});
