/**
 * Events that arrive from other laptops (by sync or from an exported file)
 * are checked for shape, size and a consistent history before anything of
 * the batch is stored.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { parseSyncMessage } from '../../../shared/sync/messages.js';
import { jsonLengthBound } from '../../../electron/store/incoming-events.js';
import type { SignedEvent } from '../../../shared/events.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { openWarRoomStore, type WarRoomStore } from '../../../electron/store/war-room-store.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const stores: WarRoomStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  folders.removeAll();
});

function openStore(): WarRoomStore {
  const store = openWarRoomStore(folders.make());
  stores.push(store);
  return store;
}

function refusalOf(store: WarRoomStore, events: readonly unknown[]): HoldfastFailure {
  try {
    store.log.storeVerified(events);
  } catch (error) {
    if (error instanceof HoldfastFailure) return error;
    throw error;
  }
  throw new Error('the batch was accepted');
}

const held = (store: WarRoomStore) => [...store.log.readAll()].length;

function declaration(laptop: SimulatedLaptop, title = 'Payments queue stuck'): SignedEvent {
  return laptop.record('incident.declared', { incidentId: 'remote-incident', title, severity: 'SEV2', summary: '' });
}

describe('events received from other laptops', () => {
  it('a message that is not an event is refused with its reason, and nothing of the batch is kept', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const good = declaration(laptop);
    for (const bad of [null, 'event', { ...good, seq: -1 }, { ...good, hlc: 'yesterday' }, { ...good, device: 'me' }]) {
      expect(refusalOf(store, [good, bad]).message).toMatch(/malformed/);
    }
    expect(held(store)).toBe(0);
  });

  it('an oversized event is refused even when it is correctly signed', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const huge = laptop.record('incident.declared', {
      incidentId: 'remote-incident',
      title: 'x',
      severity: 'SEV2',
      summary: 'x'.repeat(LIMITS.eventBytes + 1),
    });
    expect(refusalOf(store, [huge]).message).toMatch(/larger than/);
    expect(held(store)).toBe(0);
  });

  it('an oversized event is refused when it comes in a sync message too, whose envelopes were checked on the way in', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const first = declaration(laptop);
    const huge = laptop.record('timeline.noted', {
      incidentId: 'remote-incident',
      entryId: 'remote-entry-1',
      kind: 'note',
      text: 'x'.repeat(LIMITS.eventBytes),
      happenedAt: null,
    });
    const parsed = parseSyncMessage(JSON.stringify({ type: 'events', events: [first, huge], remaining: 0 }));
    if (!parsed.ok || parsed.value.type !== 'events') throw new Error('the message should parse');
    expect(refusalOf(store, parsed.value.events).message).toMatch(/larger than/);
    expect(held(store)).toBe(0);
  });

  it('an event is measured by its JSON, so characters that JSON escapes count for what they take', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    // 50,000 control characters: 50,000 long as a string, 300,000 as JSON.
    const escaped = laptop.record('incident.declared', { incidentId: 'remote-incident', title: 'x', severity: 'SEV2', summary: '\u0001'.repeat(50_000) });
    expect(refusalOf(store, [escaped]).message).toMatch(/larger than/);
    expect(held(store)).toBe(0);
  });

  it('the quick size estimate is never below the real size, so nothing oversized slips past it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonLengthBound(value)).toBeGreaterThanOrEqual(JSON.stringify(value).length);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a second, different history under the same device id is refused as a copied data folder', () => {
    const store = openStore();
    const original = new SimulatedLaptop('Chen', () => Date.now());
    store.log.storeVerified([declaration(original)]);
    // A copy of Chen's folder on another laptop signs its own first event with the same key.
    const clone = Object.assign(new SimulatedLaptop('Chen', () => Date.now() + 5), { key: original.key });
    const failure = refusalOf(store, [declaration(clone, 'Something else entirely')]);
    expect(failure.code).toBe('conflict');
    expect(failure.message).toMatch(/same device identity/);
    expect(held(store)).toBe(1);
  });

  it('the same event received again is skipped without complaint', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const first = declaration(laptop);
    expect(store.log.storeVerified([first]).stored).toHaveLength(1);
    expect(store.log.storeVerified([first, first]).stored).toHaveLength(0);
    expect(held(store)).toBe(1);
  });
});

describe('reading what a peer lacks', () => {
  it('returns one device\'s events in chain order for the asked range only', () => {
    const store = openStore();
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const events = [declaration(laptop), ...[1, 2, 3].map((n) =>
      laptop.record('timeline.noted', { incidentId: 'remote-incident', entryId: `remote-entry-${n}`, kind: 'note', text: `n${n}`, happenedAt: null }),
    )];
    store.log.storeVerified(events);
    expect(store.log.readRange(laptop.device, 2, 3).map((event) => event.seq)).toEqual([2, 3]);
    expect(store.log.readRange(laptop.device, 2, 4, 1)).toEqual([events[1]]);
    expect(store.log.readRange('x'.repeat(43), 1, 10)).toEqual([]);
  });
});
