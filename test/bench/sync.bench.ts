/**
 * Sync over the LAN (issue 3), on loopback: one-hop propagation, convergence
 * after a partition beside the Yjs reference doing the same work, and how
 * fast one laptop applies a catch-up stream.
 *
 * Every peer is a real WarRoomHost with its real RoomNetwork (TLS-PSK
 * WebSockets on 127.0.0.1), all in this one process and its one event loop,
 * as the Yjs reference is: so each figure includes every peer's encoding,
 * decoding, verifying and storing, serialised, and the ratio is fair. The
 * convergence is also timed with each peer in a worker thread of its own
 * (peer-threads.ts), as laptops each have their own CPU: that is the figure
 * the target is about.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WarRoomHost } from '../../electron/host/host.js';
import { SyncSession } from '../../electron/sync/sync-session.js';
import type { SignedEvent } from '../../shared/events.js';
import { MAX_EVENTS_PER_BATCH } from '../../shared/sync/messages.js';
import { SimulatedLaptop } from '../support/event-factory.js';
import { BenchRoom, copyFolders, removeFolders } from './bench-room.js';
import { threadedConvergence, type ThreadedConvergence } from './peer-threads.js';
import { fingerprint } from './room-fingerprint.js';
import { ms, percentile, report, seconds } from './stats.js';
import { yjsEntry, yjsPartitionConvergence } from './yjs-reference.js';

const PEOPLE = ['Ana', 'Bo', 'Chen'];
/** Far beyond any plausible figure: a room that never converges fails the run instead of hanging it. */
const GIVE_UP_MS = 120_000;

function rate(events: number, elapsedMs: number): string {
  return Math.round(events / (elapsedMs / 1_000)).toLocaleString('en');
}

function perSecond(events: number, elapsedMs: number): string {
  return `${rate(events, elapsedMs)} events/s`;
}

const pause = (delayMs: number) => new Promise((resolve) => setTimeout(resolve, delayMs));

function declare(host: WarRoomHost): string {
  const declared = host.run('declareIncident', { title: 'Bench', severity: 'SEV2', summary: '' });
  if (!declared.ok) throw new Error(declared.error.message);
  return declared.value.incidentId;
}

/** Resolves with the moment `host` first shows entry `entryId` in its projection. */
function shownAt(host: WarRoomHost, entryId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const giveUp = setTimeout(() => {
      stop();
      reject(new Error(`entry ${entryId} never reached a peer`));
    }, GIVE_UP_MS);
    const stop = host.onNotice((notice) => {
      if (notice.type !== 'changed' || !notice.entries.some((entry) => entry.id === entryId)) return;
      const at = performance.now();
      clearTimeout(giveUp);
      stop();
      resolve(at);
    });
  });
}

/**
 * One entry at a time written on Ana, timed from its commit (host.run
 * returned) until it is in Bo's and Chen's projections, each a direct link
 * away. Paced, as people typing are, rather than a tight loop.
 */
export async function benchPropagation(samples = 300, everyMs = 10): Promise<void> {
  const room = BenchRoom.open(PEOPLE);
  try {
    await room.listen();
    room.dialRing();
    await room.connected();
    const [ana, bo, chen] = room.hosts as [WarRoomHost, WarRoomHost, WarRoomHost];
    const incidentId = declare(ana);
    const warmUp = 20;
    const toBo: number[] = [];
    const toChen: number[] = [];
    for (let i = 0; i < warmUp + samples; i += 1) {
      const text = yjsEntry('Ana', i, Date.now()).text;
      const written = ana.run('addEntry', { incidentId, text });
      const committed = performance.now();
      if (!written.ok) throw new Error(written.error.message);
      const [atBo, atChen] = await Promise.all([shownAt(bo, written.value.id), shownAt(chen, written.value.id)]);
      if (i >= warmUp) {
        toBo.push(atBo - committed);
        toChen.push(atChen - committed);
      }
      await pause(Math.max(0, everyMs - (performance.now() - committed)));
    }
    const all = [...toBo, ...toChen];
    report(
      `sync: propagation, one hop (${samples}, 3-peer mesh)`,
      { p50: ms(percentile(all, 50)), p99: ms(percentile(all, 99)), 'p99 A→B': ms(percentile(toBo, 99)), 'p99 A→C': ms(percentile(toChen, 99)) },
      'p99 < 50 ms',
    );
  } finally {
    await room.close();
  }
}

/** True once every host holds the same events: equal version vectors, all of them there. */
function sameVectors(hosts: readonly WarRoomHost[], total: number): boolean {
  const vectors = hosts.map((host) => host.store.log.versionVector());
  const first = vectors[0]!;
  const held = Object.values(first).reduce((sum, seq) => sum + seq, 0);
  if (held !== total) return false;
  return vectors.every((vector) => Object.keys(vector).length === Object.keys(first).length && Object.entries(first).every(([device, seq]) => vector[device] === seq));
}

/** How many distinct events the hosts hold between them. */
function heldAnywhere(hosts: readonly WarRoomHost[]): number {
  const union = new Map<string, number>();
  for (const host of hosts) {
    for (const [device, seq] of Object.entries(host.store.log.versionVector())) union.set(device, Math.max(union.get(device) ?? 0, seq));
  }
  return [...union.values()].reduce((sum, seq) => sum + seq, 0);
}

export interface Convergence {
  readonly convergeMs: number;
  /** Events stored by all hosts together after the partition healed. */
  readonly applied: number;
}

/**
 * The room as the partition left it, closed, for every run to start from a
 * copy: the incident was declared (and reached everyone) before the
 * partition; then, apart, each host wrote `entriesPerPeer` entries to it.
 * Untimed; each entry is a normal addEntry, one transaction per host so
 * seeding takes seconds rather than minutes of fsyncs.
 */
export async function partitionedFolders(entriesPerPeer: number, people: readonly string[] = PEOPLE): Promise<readonly string[]> {
  const room = BenchRoom.open(people);
  let closed = false;
  try {
    const hosts = room.hosts;
    const incidentId = declare(hosts[0]!);
    const declaration = [...hosts[0]!.store.log.readAll()].map((stored) => stored.event);
    for (const host of hosts.slice(1)) host.receiveEvents(declaration);
    const started = Date.now();
    for (const host of hosts) {
      const author = host.store.log.deviceId.slice(0, 8);
      host.store.inTransaction(() => {
        for (let i = 0; i < entriesPerPeer; i += 1) {
          const written = host.run('addEntry', { incidentId, text: yjsEntry(author, i, started + i * 1_000).text });
          if (!written.ok) throw new Error(written.error.message);
        }
      });
    }
    const folders = await room.closeKeepingFolders();
    closed = true;
    return folders;
  } finally {
    if (!closed) await room.close();
  }
}

/**
 * Heals the partition in a copy of `seeded`: each host dials the next, and
 * the clock runs from the first dial until every host holds every event
 * (equal version vectors, checked as each batch is stored), then every
 * host is checked to show the same war room (equal canonical state).
 */
export async function partitionConvergence(seeded: readonly string[]): Promise<Convergence> {
  const room = BenchRoom.openOn(copyFolders(seeded), PEOPLE);
  try {
    const hosts = room.hosts;
    const total = heldAnywhere(hosts);
    const before = hosts.reduce((sum, host) => sum + host.projection.size, 0);
    await room.listen();
    let settle: ((at: number) => void) | null = null;
    const converged = new Promise<number>((resolve) => {
      settle = resolve;
    });
    const check = (): void => {
      if (settle !== null && sameVectors(hosts, total)) settle(performance.now());
    };
    const stops = hosts.map((host) => host.sync.onStored(check));
    const giveUp = setTimeout(() => settle?.(Number.NaN), GIVE_UP_MS);
    const healedAt = performance.now();
    let convergedAt: number;
    try {
      room.dialRing();
      convergedAt = await converged;
    } finally {
      clearTimeout(giveUp);
      for (const stop of stops) stop();
    }
    if (Number.isNaN(convergedAt)) throw new Error(`the bench peers did not converge within ${GIVE_UP_MS / 1_000} s`);
    const prints = hosts.map(fingerprint);
    if (prints.some((print) => print !== prints[0])) throw new Error('the bench peers hold the same events but show different war rooms');
    const after = hosts.reduce((sum, host) => sum + host.projection.size, 0);
    return { convergeMs: convergedAt - healedAt, applied: after - before };
  } finally {
    await room.close();
  }
}

/**
 * Three times `entriesPerPeer` entries written apart, then converged: ours
 * and the Yjs reference in one event loop, printed as a ratio, and ours with
 * each peer in its own thread; one of each in every run, so all three meet
 * the same machine, and the median of `runs` each (single runs vary).
 */
export async function benchPartition(entriesPerPeer = 10_000, runs = 3): Promise<void> {
  process.stdout.write(`(three peers each writing ${entriesPerPeer.toLocaleString('en')} entries apart…)\n`);
  const seeded = await partitionedFolders(entriesPerPeer);
  const ours: Convergence[] = [];
  const yjs: number[] = [];
  const threaded: ThreadedConvergence[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      ours.push(await partitionConvergence(seeded));
      yjs.push((await yjsPartitionConvergence({ peers: PEOPLE.length, entriesPerPeer })).convergeMs);
      threaded.push(await threadedConvergence(seeded, PEOPLE));
    }
  } finally {
    removeFolders(seeded);
  }
  const oursMs = percentile(
    ours.map((result) => result.convergeMs),
    50,
  );
  const yjsMs = percentile(yjs, 50);
  const median = ours.find((result) => result.convergeMs === oursMs)!;
  const written = `3 × ${entriesPerPeer.toLocaleString('en')}`;
  report(
    `sync: converge after a partition, ${written}, all 3 peers in one event loop`,
    { median: seconds(oursMs), runs: ours.map((result) => seconds(result.convergeMs)).join(' / ') },
    '< 3 s, here on one thread for all three',
  );
  report(`sync: the same through Yjs + y-protocols (reference), one event loop`, { median: seconds(yjsMs), runs: yjs.map(seconds).join(' / ') });
  report(`sync: Holdfast / Yjs, one event loop`, { ratio: `${(oursMs / yjsMs).toFixed(2)} ×` }, 'within 1.5 × of Yjs in memory');
  report(`sync: stored and shown while converging, 3 peers in one event loop`, {
    rate: perSecond(median.applied, median.convergeMs),
    events: median.applied.toLocaleString('en'),
  });
  const threadedMs = threaded.map((result) => result.convergeMs);
  const busiest = threaded.map((result) => result.busiestCpuMs);
  report(
    `sync: converge after a partition, ${written}, each peer in its own thread, as laptops are`,
    {
      median: seconds(percentile(threadedMs, 50)),
      runs: threadedMs.map(seconds).join(' / '),
      ...(busiest.every((used) => used !== null) ? { "busiest peer thread's CPU": seconds(percentile(busiest, 50)) } : {}),
    },
    '< 3 s',
  );
  const cores = os.availableParallelism();
  if (cores < PEOPLE.length) {
    process.stdout.write(
      `(${cores} CPUs here for ${PEOPLE.length} peer threads: they take turns, so that wall-clock figure is above a laptop's; the busiest peer thread's CPU time is the work one laptop would do on its own CPU)\n`,
    );
  }
}

/** A channel that goes nowhere (what this laptop sends back is not part of applying), keeping why it was closed. */
function silentChannel(): { binding: Uint8Array; send: () => void; close: (reason: string) => void; closedWith: string[] } {
  const closedWith: string[] = [];
  return { binding: randomBytes(32), send: () => undefined, close: (reason) => closedWith.push(reason), closedWith };
}

/**
 * What three other laptops wrote, `count` events between them, as a peer
 * sends what this laptop lacks (sendMissing): each device's chain in JSON
 * messages of MAX_EVENTS_PER_BATCH. Made once, untimed: signing the events
 * and making the messages is the writers' and the sender's work.
 */
function catchUpMessages(count: number): string[] {
  let wall = Date.now() - count * 10;
  const laptops = PEOPLE.map((person) => new SimulatedLaptop(person, () => wall));
  const chains = new Map<string, SignedEvent[]>(laptops.map((laptop) => [laptop.device, []]));
  const declared = laptops[0]!.record('incident.declared', { incidentId: 'incident-1', title: 'Bench', severity: 'SEV2', summary: '' });
  chains.get(declared.device)!.push(declared);
  for (let i = 1; i < count; i += 1) {
    wall += 10;
    const laptop = laptops[i % laptops.length]!;
    const text = yjsEntry(laptop.author, i, wall).text;
    chains.get(laptop.device)!.push(laptop.record('timeline.noted', { incidentId: 'incident-1', entryId: `entry-${i}`, kind: 'note', text, happenedAt: null }));
  }
  const messages: string[] = [];
  let remaining = count;
  for (const chain of chains.values()) {
    for (let i = 0; i < chain.length; i += MAX_EVENTS_PER_BATCH) {
      const batch = chain.slice(i, i + MAX_EVENTS_PER_BATCH);
      remaining -= batch.length;
      messages.push(JSON.stringify({ type: 'events', events: batch, remaining }));
    }
  }
  return messages;
}

/**
 * One laptop, on a fresh folder, catching up on `messages` (`count` events):
 * the real sync session parses, checks, verifies, stores and projects them,
 * timed from the first message to the last one applied. Returns the
 * milliseconds taken.
 */
async function applyCatchUp(messages: readonly string[], count: number): Promise<number> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-bench-apply-'));
  const host = WarRoomHost.open({ dataDir: folder, watchMs: 0, fallbackAuthor: 'bench' });
  try {
    const channel = silentChannel();
    const peer = new SimulatedLaptop('peer', Date.now);
    const session = new SyncSession(host.sync, channel, { person: 'bench', now: Date.now });
    session.start();
    session.receive(peer.hello(channel.binding));
    const started = performance.now();
    // As a socket delivers a burst: every message handed over, then the last one's events on disk.
    await Promise.all(messages.map((message) => session.receive(message)));
    const elapsed = performance.now() - started;
    if (session.isClosed) throw new Error(`the sync session refused the stream: ${channel.closedWith.join('; ')}`);
    session.end('done');
    if (host.projection.size !== count) throw new Error(`applied ${host.projection.size} of ${count} events`);
    return elapsed;
  } finally {
    host.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * How fast one laptop applies a catch-up of `count` events: the same stream
 * applied `runs` times, each on a fresh folder, and the median printed with
 * every run, so one run that meets a garbage collection or a busy machine
 * does not decide the figure.
 */
export async function benchApply(count = 30_000, runs = 3): Promise<void> {
  const messages = catchUpMessages(count);
  const took: number[] = [];
  for (let run = 0; run < runs; run += 1) took.push(await applyCatchUp(messages, count));
  report(
    `sync: apply a catch-up, ${count.toLocaleString('en')} events`,
    {
      median: perSecond(count, percentile(took, 50)),
      runs: took.map((elapsed) => rate(count, elapsed)).join(' / '),
      took: ms(percentile(took, 50)),
      'in batches of': MAX_EVENTS_PER_BATCH.toLocaleString('en'),
    },
    '≥ 100,000 events/s',
  );
}
