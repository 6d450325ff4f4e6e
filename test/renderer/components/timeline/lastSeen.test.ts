import { describe, expect, it } from 'vitest';
import { newSince, recallLastSeen, rememberLastSeen } from '../../../../renderer/components/timeline/lastSeen.js';
import { BASE, entry } from '../../entries.js';

describe('what is new since a person was last here', () => {
  const entries = [
    entry('seen', { author: 'Ben', recordedAt: BASE }),
    entry('written-late', { author: 'Ben', recordedAt: BASE + 300, happenedAt: BASE - 60_000 }),
    entry('mine', { author: 'Ana', recordedAt: BASE + 200 }),
    entry('new', { author: 'Ben', recordedAt: BASE + 400 }),
    entry('while-watching', { author: 'Ben', recordedAt: BASE + 900 }),
  ];

  it('counts what others added since, up to opening, and marks the first in timeline order', () => {
    expect(newSince(entries, { lastSeen: BASE + 100, openedUpTo: BASE + 400, person: 'Ana' })).toEqual({ firstEntryId: 'written-late', count: 2 });
  });

  it('shows nothing on a first visit or when nothing is new', () => {
    expect(newSince(entries, { lastSeen: null, openedUpTo: BASE + 900, person: 'Ana' })).toBeNull();
    expect(newSince(entries, { lastSeen: BASE + 900, openedUpTo: BASE + 900, person: 'Ana' })).toBeNull();
  });

  it('is kept per person and incident, and survives storage that refuses', () => {
    const storage = new Map<string, string>();
    const store = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value), removeItem: (key: string) => void storage.delete(key) };
    rememberLastSeen(store, 'Ana', 'incident-1', 42);
    expect(recallLastSeen(store, 'Ana', 'incident-1')).toBe(42);
    expect(recallLastSeen(store, 'Ben', 'incident-1')).toBeNull();
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    expect(() => rememberLastSeen(refusing, 'Ana', 'incident-1', 1)).not.toThrow();
    expect(recallLastSeen(refusing, 'Ana', 'incident-1')).toBeNull();
  });
});
