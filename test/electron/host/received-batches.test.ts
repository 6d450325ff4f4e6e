/**
 * Events messages that arrive together (one peer's burst, or several
 * peers' at once) are committed together, in one transaction; a bad one is
 * refused alone, and nothing is acknowledged before it is on disk.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { SyncSession } from '../../../electron/sync/sync-session.js';
import type { SignedEvent } from '../../../shared/events.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

interface Conversation {
  readonly session: SyncSession;
  readonly sent: string[];
  readonly closedWith: string[];
}

/** A conversation with `peer`, its hello already heard. */
function conversationWith(host: WarRoomHost, peer: SimulatedLaptop): Conversation {
  const binding = new Uint8Array(32).fill(peer.author.length);
  const sent: string[] = [];
  const closedWith: string[] = [];
  const session = new SyncSession(
    host.sync,
    { binding, send: (message) => sent.push(message.toString()), close: (reason) => closedWith.push(reason) },
    { person: 'Bo', now: Date.now },
  );
  void session.receive(peer.hello(binding));
  return { session, sent, closedWith };
}

let entries = 0;
function notes(laptop: SimulatedLaptop, count: number): SignedEvent[] {
  return Array.from({ length: count }, () => {
    entries += 1;
    return laptop.record('timeline.noted', { incidentId: 'shared-incident', entryId: `entry-${entries}`, kind: 'note', text: `note ${entries}`, happenedAt: null });
  });
}

const eventsMessage = (events: readonly unknown[]) => JSON.stringify({ type: 'events', events, remaining: 0 });
const heldOf = (host: WarRoomHost, device: string) => host.store.log.versionVector()[device] ?? 0;

describe('events messages that arrive together', () => {
  it('two peers\' messages, and one peer\'s burst whose second message continues its first, are stored in one commit', async () => {
    const host = hosts.openOn(folders.make());
    const ana = new SimulatedLaptop('Ana', Date.now);
    const chen = new SimulatedLaptop('Chen', Date.now);
    const fromAna = conversationWith(host, ana);
    const fromChen = conversationWith(host, chen);
    const commits = vi.spyOn(host.store.log, 'storeVerifiedTogether');

    await Promise.all([
      fromAna.session.receive(eventsMessage(notes(ana, 3))),
      fromChen.session.receive(eventsMessage(notes(chen, 2))),
      fromAna.session.receive(eventsMessage(notes(ana, 2))),
    ]);

    expect(commits).toHaveBeenCalledTimes(1);
    expect(commits.mock.calls[0]![0]).toHaveLength(3);
    expect(heldOf(host, ana.device)).toBe(5);
    expect(heldOf(host, chen.device)).toBe(2);
    expect([...fromAna.closedWith, ...fromChen.closedWith]).toEqual([]);
  });

  it('a corrupt message between two good ones refuses only its own batch and ends only its own conversation', async () => {
    const host = hosts.openOn(folders.make());
    const ana = new SimulatedLaptop('Ana', Date.now);
    const mallory = new SimulatedLaptop('Mallory', Date.now);
    const chen = new SimulatedLaptop('Chen', Date.now);
    const fromAna = conversationWith(host, ana);
    const fromMallory = conversationWith(host, mallory);
    const fromChen = conversationWith(host, chen);
    const [first, second] = notes(mallory, 2);
    const forged = { ...second!, payload: { ...(second!.payload as object), text: 'All clear, stand down' } };
    const commits = vi.spyOn(host.store.log, 'storeVerifiedTogether');

    await Promise.all([
      fromAna.session.receive(eventsMessage(notes(ana, 2))),
      fromMallory.session.receive(eventsMessage([first, forged])),
      fromChen.session.receive(eventsMessage(notes(chen, 3))),
    ]);

    expect(commits).toHaveBeenCalledTimes(1);
    expect(fromMallory.closedWith).toHaveLength(1);
    expect(fromMallory.closedWith[0]).toMatch(/Event 2 of device .* was refused: .*hash does not match/);
    expect(heldOf(host, mallory.device)).toBe(0);
    expect(heldOf(host, ana.device)).toBe(2);
    expect(heldOf(host, chen.device)).toBe(3);
    expect([...fromAna.closedWith, ...fromChen.closedWith]).toEqual([]);
    expect(host.projection.size).toBe(5);
  });

  it('a have sent while a commit is pending names only what is on disk, and the next one names the batch once it is', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const host = hosts.openOn(folders.make());
    const ana = new SimulatedLaptop('Ana', Date.now);
    const fromAna = conversationWith(host, ana);
    vi.advanceTimersByTime(0);
    const haves = () =>
      fromAna.sent.map((text) => JSON.parse(text) as { type: string; person?: string; vector?: Record<string, number> }).filter((message) => message.type === 'have');

    const stored = fromAna.session.receive(eventsMessage(notes(ana, 3)));
    // Someone signs in here: the peer is told at once, while the batch waits for its commit.
    fromAna.session.personChanged('Bo Lind');
    vi.advanceTimersByTime(0);
    const whilePending = haves().at(-1)!;
    expect(whilePending.person).toBe('Bo Lind');
    expect(whilePending.vector?.[ana.device]).toBeUndefined();

    await stored;
    expect(heldOf(host, ana.device)).toBe(3);
    fromAna.session.personChanged('Bo Lind, Chen Wei');
    vi.advanceTimersByTime(0);
    expect(haves().at(-1)!.vector?.[ana.device]).toBe(3);
    expect(fromAna.closedWith).toEqual([]);
  });
});
