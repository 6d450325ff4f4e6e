/**
 * A sync session reads whatever a peer sends. Random, truncated and mutated
 * messages (after a valid hello, so events batches are really tried) must
 * end the conversation with a reason or be ignored: never crash, never hang,
 * and never store anything that was not a sound event.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SyncSession } from '../../../electron/sync/sync-session.js';
import type { SignedEvent } from '../../../shared/events.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

const BINDING = new Uint8Array(32).fill(7);
const remote = new SimulatedLaptop('Remote', Date.now);
const genuine: SignedEvent[] = [
  remote.record('incident.declared', { incidentId: 'fuzz-incident', title: 'Fuzzed', severity: 'SEV3', summary: '' }),
  remote.record('timeline.noted', { incidentId: 'fuzz-incident', entryId: 'fuzz-entry', kind: 'note', text: 'A sound note', happenedAt: null }),
];
const hashes = new Set(genuine.map((event) => event.hash));
const batch = JSON.stringify({ type: 'events', events: genuine, remaining: 0 });

describe('a sync session fed hostile messages', () => {
  it('never throws, and stores nothing but the genuine events, whatever follows a valid hello', async () => {
    const host = hosts.openOn(folders.make());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.json(),
          fc.tuple(fc.nat(), fc.integer({ min: 0x20, max: 0x7e })).map(([at, code]) => {
            const position = at % batch.length;
            return batch.slice(0, position) + String.fromCharCode(code) + batch.slice(position + 1);
          }),
          fc.nat().map((cut) => batch.slice(0, cut % batch.length)),
        ),
        async (text) => {
          const reasons: string[] = [];
          const session = new SyncSession(host.sync, { binding: BINDING, send: () => {}, close: (reason) => reasons.push(reason) }, { person: null, now: Date.now });
          await session.receive(remote.hello(BINDING));
          await expect(session.receive(text)).resolves.toBeUndefined();
          session.end('test over');
          for (const { event } of host.store.log.readAll()) expect(hashes.has(event.hash)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a flood of messages ends the conversation before the host spends its time on them', () => {
    const host = hosts.openOn(folders.make());
    const reasons: string[] = [];
    const session = new SyncSession(host.sync, { binding: BINDING, send: () => {}, close: (reason) => reasons.push(reason) }, { person: null, now: () => 1_795_000_000_000 });
    session.receive(remote.hello(BINDING));
    for (let i = 0; i < 5_000 && !session.isClosed; i++) session.receive(JSON.stringify({ type: 'events', events: [], remaining: 0 }));

    expect(session.isClosed).toBe(true);
    expect(reasons[0]).toMatch(/flood/);
  });

  it('a hello whose device proof was made for another connection is refused', () => {
    const host = hosts.openOn(folders.make());
    const reasons: string[] = [];
    const session = new SyncSession(host.sync, { binding: BINDING, send: () => {}, close: (reason) => reasons.push(reason) }, { person: null, now: Date.now });
    session.receive(remote.hello(new Uint8Array(32).fill(8)));
    session.receive(batch);

    expect(reasons[0]).toMatch(/could not prove it holds the key/);
    expect([...host.store.log.readAll()]).toEqual([]);
  });
});
