/**
 * The room at scale (issue 18): twenty laptops, each a real WarRoomHost with
 * its RoomNetwork (TLS-PSK WebSockets on 127.0.0.1) in a worker thread of its
 * own, healing a partition in a mesh and in a line; then converge time
 * against the number of peers and against events per peer, drawn into
 * docs/bench/converge.svg.
 *
 * Per event delivered (an event stored by a peer that lacked it): the
 * WebSocket messages and payload bytes all peers sent from the dial until the
 * room converged, counted at the channel (sent-counter.ts), heartbeats and
 * handshakes included. The busiest peer's CPU is its thread's own CPU time.
 *
 * HOLDFAST_BENCH_QUICK=1 runs a small room (for trying the bench, not for
 * figures). The section gives up on any run after GIVE_UP_MS, and skips the
 * rest of the sweep once it has run SECTION_BUDGET_MS, saying so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { removeFolders } from './bench-room.js';
import { convergeChartSvg, type ChartLine } from './converge-chart.js';
import { threadedConvergence, type ThreadedConvergence, type Topology } from './peer-threads.js';
import { report, seconds } from './stats.js';
import { partitionedFolders } from './sync.bench.js';
import { yjsPartitionConvergence } from './yjs-reference.js';

const QUICK = process.env.HOLDFAST_BENCH_QUICK === '1';
const ROOM_PEERS = QUICK ? 6 : 20;
const ENTRIES_PER_PEER = QUICK ? 300 : 2_000;
const PEER_SWEEP = QUICK ? [3, 6] : [3, 5, 10, 20];
const EVENT_SWEEP = QUICK ? [300, 1_000] : [1_000, 5_000, 10_000, 20_000];
/** Per run: under a minute on an idle machine even for twenty in a line; far beyond that fails the run rather than hang. */
const GIVE_UP_MS = 180_000;
const SECTION_BUDGET_MS = 8 * 60_000;
const CHART = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/bench/converge.svg');

function people(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Peer ${i + 1}`);
}

function perEvent(value: number, events: number): string {
  const each = value / events;
  return each < 10 ? each.toPrecision(2) : each.toFixed(0);
}

function printRoom(label: string, result: ThreadedConvergence): void {
  report(`room: ${label}`, {
    converge: seconds(result.convergeMs),
    'messages/event': perEvent(result.messagesSent, result.eventsDelivered),
    'bytes/event': `${perEvent(result.bytesSent, result.eventsDelivered)} (${(result.bytesSent / result.eventsDelivered / result.eventBytes).toFixed(2)} × the event's ${Math.round(result.eventBytes)} B)`,
    delivered: result.eventsDelivered.toLocaleString('en'),
    ...(result.busiestCpuMs === null ? {} : { "busiest peer's CPU": seconds(result.busiestCpuMs) }),
  });
}

/** One run, or null after printing why it failed (a room that did not converge in time): the rest of the section still runs. */
async function attempt(label: string, run: () => Promise<ThreadedConvergence>): Promise<ThreadedConvergence | null> {
  try {
    return await run();
  } catch (error) {
    report(`room: ${label}`, { failed: (error as Error).message });
    return null;
  }
}

export async function benchRoom(): Promise<void> {
  const started = performance.now();
  const withinBudget = (what: string): boolean => {
    if (performance.now() - started < SECTION_BUDGET_MS) return true;
    process.stdout.write(`(room: past the section's ${SECTION_BUDGET_MS / 60_000} minutes, skipping ${what})\n`);
    return false;
  };
  const everyone = people(ROOM_PEERS);
  const byPeers: Record<Topology, [number, number][]> = { ring: [], mesh: [], line: [] };
  process.stdout.write(`(room: ${ROOM_PEERS} peers each writing ${ENTRIES_PER_PEER.toLocaleString('en')} entries apart, a worker thread each; fewer peers are the first of them…)\n`);
  const seeded = await partitionedFolders(ENTRIES_PER_PEER, everyone);
  const byEvents: ChartLine[] = [
    { name: 'Holdfast, a thread per peer', points: [] },
    { name: 'Yjs in memory, one event loop', points: [] },
    { name: "Yjs fsync'd to SQLite, one event loop", points: [] },
  ];
  const [ours, yjs, durable] = byEvents.map((line) => line.points as [number, number][]) as [[number, number][], [number, number][], [number, number][]];
  const roomOf = async (count: number): Promise<void> => {
    for (const topology of ['mesh', 'line'] as const) {
      const label = `${count} peers × ${ENTRIES_PER_PEER.toLocaleString('en')}, ${topology}`;
      if (!withinBudget(label)) continue;
      const result = await attempt(label, () => threadedConvergence(seeded.slice(0, count), everyone.slice(0, count), { topology, giveUpMs: GIVE_UP_MS }));
      if (result === null) continue;
      printRoom(label, result);
      byPeers[topology].push([count, result.convergeMs / 1_000]);
    }
  };
  const threeWriting = async (entries: number): Promise<void> => {
    const label = `3 peers × ${entries.toLocaleString('en')}, ring (for 3, every pair linked)`;
    if (!withinBudget(label)) return;
    const three = await partitionedFolders(entries, people(3));
    try {
      const result = await attempt(label, () => threadedConvergence(three, people(3), { topology: 'ring', giveUpMs: GIVE_UP_MS }));
      if (result === null) return;
      const inMemory = await yjsPartitionConvergence({ peers: 3, entriesPerPeer: entries });
      const fsynced = await yjsPartitionConvergence({ peers: 3, entriesPerPeer: entries, durable: true });
      printRoom(label, result);
      report(`room: the same through Yjs (one event loop)`, { 'in memory': seconds(inMemory.convergeMs), "fsync'd to SQLite": seconds(fsynced.convergeMs) });
      ours.push([entries, result.convergeMs / 1_000]);
      yjs.push([entries, inMemory.convergeMs / 1_000]);
      durable.push([entries, fsynced.convergeMs / 1_000]);
    } finally {
      removeFolders(three);
    }
  };
  // Smallest first, both panels, the largest last: a busy machine that runs out of budget still leaves a chart.
  try {
    for (const count of PEER_SWEEP.filter((count) => count !== ROOM_PEERS).sort((a, b) => a - b)) await roomOf(count);
    for (const entries of EVENT_SWEEP.slice(0, -1)) await threeWriting(entries);
    await roomOf(ROOM_PEERS);
    await threeWriting(EVENT_SWEEP.at(-1)!);
  } finally {
    removeFolders(seeded);
  }

  const [load] = os.loadavg();
  const note = `${os.availableParallelism()} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, load average ${load!.toFixed(1)} at the end; Node ${process.version}; ${new Date().toISOString().slice(0, 16)} UTC; one run per point${QUICK ? '; QUICK MODE, not for figures' : ''}`;
  const svg = convergeChartSvg('Holdfast: time for a partitioned room to converge, loopback TLS', note, [
    {
      title: `against peers (${ENTRIES_PER_PEER.toLocaleString('en')} entries each)`,
      xLabel: 'peers, each a worker thread',
      lines: [
        { name: 'mesh: every pair linked', points: byPeers.mesh },
        { name: 'line: each dials its neighbour', points: byPeers.line },
      ],
    },
    { title: 'against events per peer (3 peers)', xLabel: 'entries written by each peer while apart', lines: byEvents },
  ]);
  fs.mkdirSync(path.dirname(CHART), { recursive: true });
  fs.writeFileSync(CHART, svg);
  process.stdout.write(`(room: chart written to ${path.relative(process.cwd(), CHART)})\n`);
}
