/**
 * Two histories of one device meeting in the room: a data folder copied in
 * a way its location could not tell (a cloned machine), both copies writing.
 * Every laptop keeps both, shows both, and says so; nobody refuses anybody,
 * and what either copy writes next still reaches everyone.
 */
import { describe, expect, it, vi } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import type { SignedEvent } from '../../../shared/events.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { connect } from '../../support/in-memory-link.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

const INCIDENT = 'array-degraded';

/** A laptop carrying on from a copy of `laptop`'s folder: same key, same chain so far, someone else at it. */
const copyOf = (laptop: SimulatedLaptop, person: string): SimulatedLaptop =>
  Object.assign(Object.create(SimulatedLaptop.prototype) as SimulatedLaptop, laptop, { author: person });

const note = (laptop: SimulatedLaptop, text: string): SignedEvent =>
  laptop.record('timeline.noted', { incidentId: INCIDENT, entryId: `note-${text.replace(/\W+/g, '-').toLowerCase()}`, kind: 'note', text, happenedAt: null });

const notes = (host: WarRoomHost) =>
  expectOk(host.run('getIncident', { incidentId: INCIDENT }))
    .timeline.filter((entry) => entry.kind === 'note')
    .map((entry) => entry.text)
    .sort();

const waitForAll = (room: readonly WarRoomHost[], texts: readonly string[]) =>
  vi.waitFor(
    () => {
      for (const host of room) expect(notes(host)).toEqual([...texts].sort());
    },
    { timeout: 10_000, interval: 10 },
  );

describe('two histories of one device', () => {
  it('are both kept and shown on every laptop, said so on the Room view, and both copies go on syncing', async () => {
    const original = new SimulatedLaptop('Chen', Date.now);
    const declared = original.record('incident.declared', { incidentId: INCIDENT, title: 'Disk array degraded', severity: 'SEV2', summary: '' });
    const copy = copyOf(original, 'Dee');
    const [ana, bo, eve] = [1, 2, 3].map(() => hosts.openOn(folders.make(), { fallbackAuthor: 'Reader' })) as [WarRoomHost, WarRoomHost, WarRoomHost];
    ana.receiveEvents([declared, note(original, 'Written on the original')]);
    bo.receiveEvents([declared, note(copy, 'Written on the copy')]);

    // Ana and Bo cannot hear each other; Eve hears both.
    const links = [connect(ana, eve), connect(bo, eve)];
    await waitForAll([ana, bo, eve], ['Written on the original', 'Written on the copy']);

    for (const host of [ana, bo, eve]) {
      const view = expectOk(host.run('getRoom', {}));
      expect(view.twoHistories).toEqual([expect.objectContaining({ device: original.device, fromSeq: 2, otherEvents: 1 })]);
      expect(view.twoHistories[0]!.people).toEqual(expect.arrayContaining(['Chen', 'Dee']));
    }
    expect(new Set([ana, bo, eve].map((host) => host.projection.canonicalState())).size).toBe(1);
    for (const link of links) expect(link.closedWith).toEqual([]);

    // Each copy writes again, into whichever laptop it reaches: everyone gets both.
    ana.receiveEvents([note(original, 'The original again')]);
    bo.receiveEvents([note(copy, 'The copy again')]);
    await waitForAll([ana, bo, eve], ['Written on the original', 'Written on the copy', 'The original again', 'The copy again']);
    expect(new Set([ana, bo, eve].map((host) => host.projection.canonicalState())).size).toBe(1);
    for (const link of links) expect(link.closedWith).toEqual([]);
  });
});
