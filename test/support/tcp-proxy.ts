/**
 * A TCP fault-injection proxy for multi-process partition tests: peers on
 * 127.0.0.1 talk to each other through it, and the test drops, delays and
 * cuts their connections. It forwards raw bytes and never parses them (the
 * traffic is TLS).
 *
 * Each accepted connection is a pair (client side, target side) with one
 * queue per direction. A chunk is stamped with the time it may be delivered
 * (now, or now + ms in delay mode, never earlier than the chunk before it),
 * so bytes are never reordered however the mode changes. The mode is
 * checked when a chunk arrives and again when it is due: in blackhole mode
 * data is discarded at either point. A FIN (one side ending) travels in the
 * same queue, so it follows the data; blackhole holds it (a dead link loses
 * no FIN for good, TCP would retransmit it) and lets it through once the
 * mode changes. Reading is paused while the other side needs to drain or
 * too much is queued, so a fast sender cannot fill memory.
 *
 * A connection ends when either side fails (reset, refused, destroyed
 * before it ended): the other side is destroyed too. It never throws into
 * the test process: every socket and the server have error handlers.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { seededRandom } from './event-factory.js';

export type ProxyMode =
  | { readonly kind: 'pass' }
  /** Every chunk in both directions waits `ms` (order preserved per direction). */
  | { readonly kind: 'delay'; readonly ms: number }
  /** Accept connections but forward nothing either way (a dead Wi-Fi link); bytes are discarded. */
  | { readonly kind: 'blackhole' }
  /** Destroy existing connections and immediately destroy new ones (a partition). */
  | { readonly kind: 'refuse' };

export interface TcpProxyStats {
  /** Every TCP connection the proxy accepted, including those refuse mode destroyed at once. */
  readonly accepted: number;
  /** Connections currently forwarded (both sides not yet closed). */
  readonly open: number;
  /** Bytes written to the target, client to target. */
  readonly bytesToTarget: number;
  /** Bytes written to the client, target to client. */
  readonly bytesToClient: number;
}

export interface TcpProxy {
  /** Where clients connect (127.0.0.1). */
  readonly port: number;
  setMode(mode: ProxyMode): void;
  /** Destroys every live connection now (a cable pulled mid-batch); new ones still accepted per mode. */
  cut(): void;
  /** Connections accepted so far and currently open, and bytes forwarded each way, for assertions. */
  stats(): TcpProxyStats;
  /** Destroys every connection, stops listening and resolves. */
  close(): Promise<void>;
}

/** Above this many queued bytes in one direction, the sending side is paused. */
const QUEUE_HIGH_WATER = 1024 * 1024;

type QueueItem = { readonly kind: 'data'; readonly chunk: Buffer; readonly at: number } | { readonly kind: 'end'; readonly at: number };

/** One direction of a connection: bytes read from `source`, written to `dest`. */
class Direction {
  private readonly queue: QueueItem[] = [];
  private queuedBytes = 0;
  private lastAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private needsDrain = false;
  /** True once `source` has sent its FIN (it will send no more). */
  sourceEnded = false;

  constructor(
    private readonly source: net.Socket,
    private readonly dest: net.Socket,
    private readonly mode: () => ProxyMode,
    private readonly countBytes: (bytes: number) => void,
  ) {
    source.on('data', (chunk: Buffer) => this.receive(chunk));
    source.on('end', () => {
      this.sourceEnded = true;
      this.enqueue({ kind: 'end', at: this.releaseTime() });
    });
  }

  /** Delivers whatever is due; call again after a mode change. */
  pump(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    for (;;) {
      const head = this.queue[0];
      if (head === undefined) break;
      const now = performance.now();
      if (head.at > now) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, Math.max(1, Math.ceil(head.at - now)));
        break;
      }
      const blackhole = this.mode().kind === 'blackhole';
      if (head.kind === 'end') {
        if (blackhole) break; // held until the link comes back
        this.queue.shift();
        if (!this.dest.destroyed && !this.dest.writableEnded) this.dest.end();
        continue;
      }
      this.queue.shift();
      this.queuedBytes -= head.chunk.length;
      if (blackhole || this.dest.destroyed || this.dest.writableEnded) continue;
      this.countBytes(head.chunk.length);
      if (!this.dest.write(head.chunk) && !this.needsDrain) {
        this.needsDrain = true;
        this.dest.once('drain', () => {
          this.needsDrain = false;
          this.updateFlow();
        });
      }
    }
    this.updateFlow();
  }

  /** Drops everything queued and stops the timer (the connection is gone). */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue.length = 0;
    this.queuedBytes = 0;
  }

  private receive(chunk: Buffer): void {
    if (this.mode().kind === 'blackhole') return; // discarded, never delivered later
    this.queuedBytes += chunk.length;
    this.enqueue({ kind: 'data', chunk, at: this.releaseTime() });
  }

  private enqueue(item: QueueItem): void {
    this.queue.push(item);
    this.lastAt = item.at;
    this.pump();
  }

  /** Now (plus the delay), but never before the item ahead of it. */
  private releaseTime(): number {
    const mode = this.mode();
    const wait = mode.kind === 'delay' ? mode.ms : 0;
    return Math.max(performance.now() + wait, this.lastAt);
  }

  private updateFlow(): void {
    if (this.source.destroyed || this.sourceEnded) return;
    const shouldPause = this.needsDrain || this.queuedBytes > QUEUE_HIGH_WATER;
    if (shouldPause && !this.source.isPaused()) this.source.pause();
    else if (!shouldPause && this.source.isPaused()) this.source.resume();
  }
}

function validateMode(mode: ProxyMode): void {
  if (mode.kind === 'delay' && !(Number.isFinite(mode.ms) && mode.ms >= 0)) {
    throw new Error(`A delay must be a finite, non-negative number of milliseconds, not ${mode.ms}.`);
  }
}

export async function startTcpProxy(options: { targetPort: number; targetHost?: string; port?: number }): Promise<TcpProxy> {
  const targetHost = options.targetHost ?? '127.0.0.1';
  let mode: ProxyMode = { kind: 'pass' };
  let accepted = 0;
  let bytesToTarget = 0;
  let bytesToClient = 0;
  let closing: Promise<void> | undefined;

  interface Pair {
    readonly client: net.Socket;
    readonly target: net.Socket;
    readonly toTarget: Direction;
    readonly toClient: Direction;
  }
  const pairs = new Set<Pair>();

  const destroyPair = (pair: Pair): void => {
    pairs.delete(pair);
    pair.toTarget.dispose();
    pair.toClient.dispose();
    pair.client.destroy();
    pair.target.destroy();
  };
  const destroyAll = (): void => {
    for (const pair of [...pairs]) destroyPair(pair);
  };

  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    client.on('error', () => {}); // the 'close' that follows tears the pair down
    accepted += 1;
    if (closing !== undefined || mode.kind === 'refuse') {
      client.destroy();
      return;
    }
    const target = net.connect({ host: targetHost, port: options.targetPort, allowHalfOpen: true });
    target.on('error', () => {}); // ECONNREFUSED, ECONNRESET, EPIPE: handled by 'close'
    const pair: Pair = {
      client,
      target,
      toTarget: new Direction(client, target, () => mode, (bytes) => (bytesToTarget += bytes)),
      toClient: new Direction(target, client, () => mode, (bytes) => (bytesToClient += bytes)),
    };
    pairs.add(pair);
    let closedSides = 0;
    const onClose = (direction: Direction) => (hadError: boolean) => {
      if (!pairs.has(pair)) return;
      // A side that failed, or went away without ending, takes the other with it.
      if (hadError || !direction.sourceEnded) {
        destroyPair(pair);
        return;
      }
      closedSides += 1;
      if (closedSides === 2) destroyPair(pair);
    };
    client.on('close', onClose(pair.toTarget));
    target.on('close', onClose(pair.toClient));
  });
  server.on('error', () => {}); // e.g. EMFILE on accept: that client just fails

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy is not listening on a TCP port.');

  return {
    port: address.port,
    setMode(next) {
      validateMode(next);
      mode = next;
      if (mode.kind === 'refuse') {
        destroyAll();
        return;
      }
      for (const pair of pairs) {
        pair.toTarget.pump();
        pair.toClient.pump();
      }
    },
    cut() {
      destroyAll();
    },
    stats() {
      return { accepted, open: pairs.size, bytesToTarget, bytesToClient };
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        destroyAll();
      });
      return closing;
    },
  };
}

/**
 * A seeded schedule of faults. Step 0 happens at once and each later one
 * `stepMs` after the previous; each picks (with the seeded random) pass,
 * delay (0-200 ms), blackhole, refuse or cut (which leaves the mode as it
 * was). `stepMs` after the last step, or on stop(), the proxy is set to
 * pass and `done` resolves. The same seed gives the same steps, reported
 * to `onStep` as 'pass', 'delay 42ms', 'blackhole', 'refuse' or 'cut'; if
 * onStep throws, the schedule stops (in pass) and `done` rejects with it.
 */
export function runFaultSchedule(
  proxy: TcpProxy,
  options: { seed: number; steps: number; stepMs: number; onStep?: (step: number, what: string) => void },
): { done: Promise<void>; stop(): void } {
  const random = seededRandom(options.seed);
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  let settle: (error?: unknown) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    settle = (error?: unknown) => (error === undefined ? resolve() : reject(error));
  });

  const finish = (error?: unknown): void => {
    if (finished) return;
    finished = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    try {
      proxy.setMode({ kind: 'pass' });
    } catch (setModeError) {
      settle(error ?? setModeError);
      return;
    }
    settle(error);
  };

  const step = (index: number): void => {
    timer = undefined;
    if (finished) return;
    if (index >= options.steps) {
      finish();
      return;
    }
    let what: string;
    const choice = Math.floor(random() * 5);
    try {
      if (choice === 0) {
        what = 'pass';
        proxy.setMode({ kind: 'pass' });
      } else if (choice === 1) {
        const ms = Math.floor(random() * 201);
        what = `delay ${ms}ms`;
        proxy.setMode({ kind: 'delay', ms });
      } else if (choice === 2) {
        what = 'blackhole';
        proxy.setMode({ kind: 'blackhole' });
      } else if (choice === 3) {
        what = 'refuse';
        proxy.setMode({ kind: 'refuse' });
      } else {
        what = 'cut';
        proxy.cut();
      }
      options.onStep?.(index, what);
    } catch (error) {
      finish(error);
      return;
    }
    timer = setTimeout(() => step(index + 1), options.stepMs);
  };

  step(0);
  return { done, stop: () => finish() };
}
