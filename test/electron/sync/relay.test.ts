/**
 * Relaying: a laptop passes on other laptops' events to a peer that cannot
 * hear their writer, and not to one that hears the writer first-hand, so a
 * room where everyone reaches everyone sends each event to each laptop once.
 * Whatever a peer lacks still reaches it: through another laptop when its
 * own link to the writer is gone, and after a wait when that link is stuck.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { SyncSession } from '../../../electron/sync/sync-session.js';
import type { SignedEvent } from '../../../shared/events.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { waitUntil } from '../../support/wait.js';

const { folders, hosts } = useScratch();

interface Link {
  /** The device of each event `from` sent over this link. */
  carried(from: WarRoomHost): string[];
  /** From now on, nothing from `from` arrives (a link stuck one way: sent, never received). */
  stall(from: WarRoomHost): void;
  /** Both ends see the connection close. */
  cut(): void;
  /** From now on, what `from` sends waits until `release` lets the oldest waiting message through (a slow link). */
  hold(from: WarRoomHost): void;
  release(from: WarRoomHost): boolean;
}

/** Two hosts talking in memory, messages delivered asynchronously and in order, as a socket would. */
function link(a: WarRoomHost, b: WarRoomHost, relayFallbackMs?: number): Link {
  const binding = randomBytes(32);
  const carried = new Map<WarRoomHost, string[]>([
    [a, []],
    [b, []],
  ]);
  const stalled = new Set<WarRoomHost>();
  const waiting = new Map<WarRoomHost, (() => void)[]>();
  const sessions = new Map<WarRoomHost, SyncSession>();
  const channel = (from: WarRoomHost, to: WarRoomHost) => ({
    binding,
    send: (text: string) => {
      if (stalled.has(from)) return;
      const message = JSON.parse(text) as { type: string; events?: SignedEvent[] };
      if (message.type === 'events') carried.get(from)!.push(...message.events!.map((event) => event.device));
      const deliver = () => sessions.get(to)?.receive(text);
      const queue = waiting.get(from);
      if (queue) queue.push(deliver);
      else queueMicrotask(deliver);
    },
    close: (reason: string) => {
      for (const session of sessions.values()) session.end(reason);
    },
  });
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    sessions.set(from, new SyncSession(from.sync, channel(from, to), { person: null, now: Date.now, ...(relayFallbackMs ? { relayFallbackMs } : {}) }));
  }
  for (const session of sessions.values()) session.start();
  return {
    carried: (from) => carried.get(from)!,
    stall: (from) => stalled.add(from),
    cut: () => {
      for (const session of sessions.values()) session.end('the connection closed');
    },
    hold: (from) => waiting.set(from, []),
    release: (from) => {
      const next = waiting.get(from)?.shift();
      next?.();
      return next !== undefined;
    },
  };
}

function sameEverywhere(room: readonly WarRoomHost[]): boolean {
  const states = room.map((host) => JSON.stringify(host.store.log.versionVector()) + host.projection.canonicalState());
  return states.every((state) => state === states[0]);
}

function writeEntries(host: WarRoomHost, incidentId: string, count: number, label: string): void {
  for (let i = 0; i < count; i += 1) expectOk(host.run('addEntry', { incidentId, text: `${label} ${i + 1}` }));
}

/** Three laptops; Ana has declared an incident, which the others hold only if `shared`. */
function openRoom(shared: boolean): { ana: WarRoomHost; bo: WarRoomHost; chen: WarRoomHost; incidentId: string } {
  const [ana, bo, chen] = ['Ana', 'Bo', 'Chen'].map((name) => hosts.openOn(folders.make(), { fallbackAuthor: name })) as [WarRoomHost, WarRoomHost, WarRoomHost];
  const { incidentId } = expectOk(ana.run('declareIncident', { title: 'Storage array degraded', severity: 'SEV2' }));
  if (shared) {
    const declared = [...ana.store.log.readAll()].map((stored) => stored.event);
    bo.receiveEvents(declared);
    chen.receiveEvents(declared);
  }
  return { ana, bo, chen, incidentId };
}

const relayedBy = (over: Link, relay: WarRoomHost, writer: WarRoomHost) => over.carried(relay).filter((device) => device === writer.deviceId).length;

describe('relaying between laptops', () => {
  it('in a room where everyone reaches everyone, each laptop sends only its own events, to each other laptop once', async () => {
    const { ana, bo, chen, incidentId } = openRoom(true);
    const room = [ana, bo, chen];
    // Written apart, then the three meet; then written while connected.
    writeEntries(ana, incidentId, 30, 'Ana apart');
    writeEntries(bo, incidentId, 20, 'Bo apart');
    writeEntries(chen, incidentId, 10, 'Chen apart');
    const links = [link(ana, bo), link(bo, chen), link(chen, ana)];
    await waitUntil(() => sameEverywhere(room), { what: 'the three to converge after meeting' });
    writeEntries(ana, incidentId, 5, 'Ana live');
    writeEntries(chen, incidentId, 5, 'Chen live');
    await waitUntil(() => sameEverywhere(room), { what: 'the live entries to reach everyone' });

    expect(expectOk(bo.run('getIncident', { incidentId })).timeline.filter((entry) => entry.kind !== 'declared')).toHaveLength(70);
    const [anaBo, boChen, chenAna] = links as [Link, Link, Link];
    for (const [from, over, count] of [
      [ana, anaBo, 35],
      [ana, chenAna, 35],
      [bo, anaBo, 20],
      [bo, boChen, 20],
      [chen, boChen, 15],
      [chen, chenAna, 15],
    ] as const) {
      expect(over.carried(from)).toEqual(Array(count).fill(from.deviceId));
    }
  });

  it('a laptop that meets two others at once gets each one\'s events from its writer, not also through the other', async () => {
    const { ana, bo, chen, incidentId } = openRoom(true);
    writeEntries(ana, incidentId, 30, 'Ana apart');
    link(ana, bo);
    await waitUntil(() => sameEverywhere([ana, bo]), { what: 'Ana and Bo to converge' });
    // Bo now holds Ana's entries; Chen meets both, and hears Ana first-hand.
    const [boChen, chenAna] = [link(bo, chen), link(chen, ana)];
    await waitUntil(() => sameEverywhere([ana, bo, chen]), { what: 'Chen to catch up' });
    expect(relayedBy(boChen, bo, ana)).toBe(0);
    expect(chenAna.carried(ana).filter((device) => device === ana.deviceId)).toHaveLength(30);
  });

  it('a laptop whose links to the room come up one after another gets each one\'s events from its writer alone', async () => {
    const { ana, bo, chen, incidentId } = openRoom(true);
    writeEntries(ana, incidentId, 30, 'Ana apart');
    link(ana, bo);
    await waitUntil(() => sameEverywhere([ana, bo]), { what: 'Ana and Bo to converge' });
    // Chen reaches Bo first; its link to Ana comes up a moment later, as a room's links do.
    const boChen = link(bo, chen);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const chenAna = link(chen, ana);
    await waitUntil(() => sameEverywhere([ana, bo, chen]), { what: 'Chen to catch up' });
    expect(relayedBy(boChen, bo, ana)).toBe(0);
    expect(chenAna.carried(ana).filter((device) => device === ana.deviceId)).toHaveLength(30);
  });

  it('a laptop that hears only one other gets a third one\'s events through it once they meet, without waiting for a first-hand copy', async () => {
    const { ana, bo, chen, incidentId } = openRoom(true);
    writeEntries(ana, incidentId, 30, 'Ana apart');
    link(ana, bo, 60_000);
    await waitUntil(() => sameEverywhere([ana, bo]), { what: 'Ana and Bo to converge' });
    // Chen is in a line behind Bo: it must not wait the minute a first-hand copy is given.
    const boChen = link(bo, chen, 60_000);
    await waitUntil(() => sameEverywhere([ana, bo, chen]), { what: 'Ana\'s entries to reach Chen through Bo', timeoutMs: 10_000 });
    expect(relayedBy(boChen, bo, ana)).toBe(30);
  });

  it('while the writer\'s own copy is arriving, however slowly, nobody sends a second one', async () => {
    const { ana, bo, chen, incidentId } = openRoom(true);
    const links = [link(ana, bo, 1_000), link(bo, chen, 1_000), link(chen, ana, 1_000)] as const;
    await waitUntil(() => sameEverywhere([ana, bo, chen]), { what: 'the three to meet' });
    const chenAna = links[2];
    chenAna.hold(ana);
    // Six messages from Ana, each its own turn; they reach Chen one every 0.4 s, slower than Bo would wait for a stuck link.
    for (let i = 0; i < 6; i += 1) {
      writeEntries(ana, incidentId, 1, `Ana slow ${i}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    while (chenAna.release(ana)) await new Promise((resolve) => setTimeout(resolve, 400));
    await waitUntil(() => sameEverywhere([ana, bo, chen]), { what: 'Ana\'s entries to reach Chen' });
    expect(relayedBy(links[1], bo, ana)).toBe(0);
  });

  it('a laptop whose link to the writer is gone gets the writer\'s events through another laptop', async () => {
    const { ana, bo, chen, incidentId } = openRoom(false);
    const [, boChen, chenAna] = [link(ana, bo), link(bo, chen), link(chen, ana)] as [Link, Link, Link];
    await waitUntil(() => sameEverywhere([ana, bo, chen]), { what: 'the incident to reach everyone' });
    chenAna.cut();

    writeEntries(ana, incidentId, 3, 'Ana after the cut');
    await waitUntil(() => sameEverywhere([ana, bo, chen]), { what: 'Ana\'s entries to reach Chen through Bo' });
    expect(relayedBy(boChen, bo, ana)).toBeGreaterThanOrEqual(3);
  });

  it('when the writer\'s own link to a laptop is stuck, another laptop relays what it lacks after a wait', async () => {
    const { ana, bo, chen, incidentId } = openRoom(false);
    const [, boChen, chenAna] = [link(ana, bo, 100), link(bo, chen, 100), link(chen, ana, 100)] as [Link, Link, Link];
    await waitUntil(() => sameEverywhere([ana, bo, chen]), { what: 'the incident to reach everyone' });
    // Ana's link to Chen still counts as open at both ends, but nothing gets through.
    chenAna.stall(ana);

    writeEntries(ana, incidentId, 4, 'Ana into the stuck link');
    await waitUntil(() => sameEverywhere([ana, bo, chen]), { what: 'Ana\'s entries to reach Chen through Bo' });
    expect(relayedBy(boChen, bo, ana)).toBeGreaterThanOrEqual(4);
  });
});
