/**
 * A partitioned room healing with each peer in a worker thread of its own
 * (converge-worker.ts), as laptops each have their own CPU: the main thread
 * only tells each peer whom to dial and waits, so no peer's decoding,
 * verifying, storing or projecting waits behind another's.
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { copyFolders, removeFolders } from './bench-room.js';
import type { FromPeerThread, PeerThreadStart, ToPeerThread } from './converge-messages.js';
import { eventsCounted } from './room-fingerprint.js';

/** Far beyond any plausible figure: a room that never converges fails the run instead of hanging it. */
const GIVE_UP_MS = 120_000;

/**
 * Who dials whom as the partition heals. ring: each peer the next (for three,
 * also the full mesh); mesh: every pair linked once (the lower index dials);
 * line: each peer only its neighbour, so an event crosses every peer between.
 */
export type Topology = 'ring' | 'mesh' | 'line';

/** The indices of the peers that peer `index` of `count` dials. */
export function dialledBy(topology: Topology, index: number, count: number): number[] {
  switch (topology) {
    case 'ring':
      // Two peers need one link, not two.
      return count === 2 && index === 1 ? [] : [(index + 1) % count];
    case 'mesh':
      return Array.from({ length: count - index - 1 }, (_, k) => index + 1 + k);
    case 'line':
      return index + 1 < count ? [index + 1] : [];
  }
}
/** How long a converged peer may take to stop its network and close its store before it is terminated. */
const CLOSE_MS = 10_000;

/**
 * A worker cannot load .ts by itself under Node 20 (see converge-worker.ts),
 * so it starts from this line of JavaScript: register tsx in the worker,
 * then import the peer's own file.
 */
const BOOTSTRAP = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.resolve('./converge-worker.ts'))}); });`;

type Arrival<T extends FromPeerThread['type']> = { readonly message: Extract<FromPeerThread, { type: T }>; readonly at: number };

/** One peer's worker, whose messages are awaited by type and timed as they arrive. */
class PeerThread {
  private readonly worker: Worker;
  private readonly inbox: { message: FromPeerThread; at: number }[] = [];
  private readonly waiting = new Set<() => void>();
  private failure: Error | null = null;
  private closed = false;

  constructor(start: PeerThreadStart) {
    this.worker = new Worker(BOOTSTRAP, { eval: true, workerData: start });
    this.worker.on('message', (message: FromPeerThread) => {
      if (message.type === 'failed') this.fail(new Error(`bench peer ${start.person} failed: ${message.message}`));
      else this.deliver({ message, at: performance.now() });
      if (message.type === 'closed') this.closed = true;
    });
    this.worker.on('error', (error) => this.fail(new Error(`bench peer ${start.person} failed: ${String(error)}`)));
    this.worker.on('exit', (code) => {
      if (!this.closed) this.fail(new Error(`bench peer ${start.person} stopped (exit code ${code})`));
    });
  }

  tell(message: ToPeerThread): void {
    this.worker.postMessage(message);
  }

  /** The first message of this type not yet taken, and when it arrived; rejects if the peer fails first. */
  next<T extends FromPeerThread['type']>(type: T): Promise<Arrival<T>> {
    return new Promise((resolve, reject) => {
      const look = (): void => {
        if (this.failure !== null) {
          this.waiting.delete(look);
          reject(this.failure);
          return;
        }
        const index = this.inbox.findIndex((arrival) => arrival.message.type === type);
        if (index === -1) return;
        this.waiting.delete(look);
        resolve(this.inbox.splice(index, 1)[0] as Arrival<T>);
      };
      this.waiting.add(look);
      look();
    });
  }

  /** Ends the peer's thread: after it has stopped and closed its store if `politely`, at once otherwise (a run given up on). */
  async close(politely: boolean): Promise<void> {
    if (politely && this.failure === null && !this.closed) {
      this.tell({ type: 'close' });
      await withDeadline(this.next('closed'), CLOSE_MS, 'a bench peer did not close').catch(() => undefined);
    }
    await this.worker.terminate();
  }

  private deliver(arrival: { message: FromPeerThread; at: number }): void {
    this.inbox.push(arrival);
    for (const look of [...this.waiting]) look();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const look of [...this.waiting]) look();
  }
}

function withDeadline<T>(work: Promise<T>, deadlineMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), deadlineMs);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export interface ThreadedConvergence {
  readonly convergeMs: number;
  /** The most CPU time one peer's thread used until the room converged; null where it cannot be read. */
  readonly busiestCpuMs: number | null;
  /** WebSocket messages all peers sent from the dial until the room converged (counted at the channel). */
  readonly messagesSent: number;
  /** Their payload bytes. */
  readonly bytesSent: number;
  /** Events stored by all peers together after the dial: what the room had to deliver. */
  readonly eventsDelivered: number;
  /** The mean size of one event's JSON, to compare bytes per event delivered with. */
  readonly eventBytes: number;
}

export interface ThreadedOptions {
  readonly topology?: Topology;
  /** Give up (and fail the run) after this long rather than hang. */
  readonly giveUpMs?: number;
}

/**
 * Heals the partition in a copy of `seeded` with one worker thread per peer:
 * each peer dials as `topology` says (by default the next, the ring of
 * BenchRoom.dialRing), and the clock runs from the dial until every peer has
 * reported holding every event; then every peer must show the same war
 * room, or the run fails.
 */
export async function threadedConvergence(
  seeded: readonly string[],
  people: readonly string[],
  options: ThreadedOptions = {},
): Promise<ThreadedConvergence> {
  const topology = options.topology ?? 'ring';
  const giveUpMs = options.giveUpMs ?? GIVE_UP_MS;
  const folders = copyFolders(seeded);
  const peers: PeerThread[] = [];
  let converged = false;
  try {
    for (const [i, folder] of folders.entries()) peers.push(new PeerThread({ folder, person: people[i] ?? 'bench' }));
    const run = async (): Promise<ThreadedConvergence> => {
      const listening = await Promise.all(peers.map((peer) => peer.next('listening')));
      const total = heldBetween(listening.map(({ message }) => message.vector));
      const heldBefore = listening.reduce((sum, { message }) => sum + eventsCounted(message.vector), 0);
      const holdsAll = peers.map((peer) => peer.next('holdsAll'));
      const healedAt = performance.now();
      for (const [i, peer] of peers.entries()) {
        const addresses = dialledBy(topology, i, peers.length).map((j) => `127.0.0.1:${listening[j]!.message.port}`);
        peer.tell({ type: 'dial', addresses, total });
      }
      const convergedAt = Math.max(...(await Promise.all(holdsAll)).map(({ at }) => at));
      const prints = await Promise.all(
        peers.map((peer) => {
          const print = peer.next('fingerprint');
          peer.tell({ type: 'fingerprint' });
          return print;
        }),
      );
      if (prints.some(({ message }) => message.fingerprint !== prints[0]!.message.fingerprint)) {
        throw new Error('the bench peers, each in its own thread, hold the same events but show different war rooms');
      }
      const cpu = prints.map(({ message }) => message.cpuMs);
      const sum = (of: (message: (typeof prints)[number]['message']) => number): number => prints.reduce((total, { message }) => total + of(message), 0);
      return {
        convergeMs: convergedAt - healedAt,
        busiestCpuMs: cpu.every((used) => used !== null) ? Math.max(...cpu) : null,
        messagesSent: sum((message) => message.messagesSent),
        bytesSent: sum((message) => message.bytesSent),
        eventsDelivered: total * peers.length - heldBefore,
        eventBytes: listening.reduce((sum, { message }) => sum + message.eventBytes, 0) / listening.length,
      };
    };
    const late = `${peers.length} bench peers in a ${topology}, each in its own thread, did not converge within ${giveUpMs / 1_000} s`;
    const result = await withDeadline(run(), giveUpMs, late).catch(async (error: unknown) => {
      throw (error as Error).message === late ? new Error(`${late} (${await progressOf(peers)})`) : error;
    });
    converged = true;
    return result;
  } finally {
    await Promise.all(peers.map((peer) => peer.close(converged)));
    removeFolders(folders);
  }
}

/** Where a late room has got to, in words: whether it is stuck or only slow. */
async function progressOf(peers: readonly PeerThread[]): Promise<string> {
  try {
    const reports = await withDeadline(
      Promise.all(
        peers.map((peer) => {
          const progress = peer.next('progress');
          peer.tell({ type: 'progress' });
          return progress;
        }),
      ),
      10_000,
      'no answer',
    );
    const held = reports.map(({ message }) => message.held);
    const cpu = reports.map(({ message }) => message.cpuMs ?? 0);
    return `peers hold ${Math.min(...held).toLocaleString('en')} to ${Math.max(...held).toLocaleString('en')} events; the busiest thread used ${(Math.max(...cpu) / 1_000).toFixed(1)} s of CPU`;
  } catch {
    return 'the peers did not say how far they got';
  }
}

/** How many distinct events the peers hold between them, from each one's version vector. */
function heldBetween(vectors: readonly Readonly<Record<string, number>>[]): number {
  const union: Record<string, number> = {};
  for (const vector of vectors) {
    for (const [device, seq] of Object.entries(vector)) union[device] = Math.max(union[device] ?? 0, seq);
  }
  return eventsCounted(union);
}
