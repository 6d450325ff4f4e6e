/**
 * The fault-injection proxy: an echo server behind it on 127.0.0.1, and
 * clients that watch what comes back. Assertions are on behaviour (what
 * arrived, in which order, which sockets closed) with generous limits,
 * never on how fast anything was.
 */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { runFaultSchedule, startTcpProxy, type ProxyMode, type TcpProxy } from './tcp-proxy.js';
import { waitUntil } from './wait.js';

/** A short window in which nothing must arrive (blackhole): long enough that pass would have answered. */
const QUIET_MS = 400;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface EchoServer {
  readonly port: number;
  /** Every connection the echo server accepted, and whether it has closed. */
  readonly connections: { socket: net.Socket; received: number; closed: boolean }[];
  close(): Promise<void>;
}

/** Echoes every byte back; when the client ends, ends too (half-close). */
async function startEchoServer(): Promise<EchoServer> {
  const connections: EchoServer['connections'] = [];
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    const connection = { socket, received: 0, closed: false };
    connections.push(connection);
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => (connection.received += chunk.length));
    socket.on('close', () => (connection.closed = true));
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  const address = server.address() as net.AddressInfo;
  let closed: Promise<void> | undefined;
  const echo: EchoServer = {
    port: address.port,
    connections,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        for (const connection of connections) connection.socket.destroy();
        server.close(() => resolve());
      })),
  };
  cleanups.push(() => echo.close());
  return echo;
}

async function startProxy(targetPort: number): Promise<TcpProxy> {
  const proxy = await startTcpProxy({ targetPort });
  cleanups.push(() => proxy.close());
  return proxy;
}

interface Client {
  readonly socket: net.Socket;
  received(): Buffer;
  text(): string;
  readonly state: { ended: boolean; closed: boolean };
  /** Waits until the echo has brought back `expected` (a prefix is not enough). */
  waitForText(expected: string, what: string): Promise<void>;
  waitClosed(what: string): Promise<void>;
}

function connect(port: number): Client {
  const socket = net.connect({ host: '127.0.0.1', port });
  const chunks: Buffer[] = [];
  const state = { ended: false, closed: false };
  socket.on('error', () => {});
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.on('end', () => (state.ended = true));
  socket.on('close', () => (state.closed = true));
  cleanups.push(() => void socket.destroy());
  const received = () => Buffer.concat(chunks);
  const text = () => received().toString('utf8');
  return {
    socket,
    received,
    text,
    state,
    waitForText: async (expected, what) => {
      await waitUntil(() => text().length >= expected.length || state.closed, { what });
      expect(text()).toBe(expected);
    },
    waitClosed: async (what) => {
      await waitUntil(() => state.closed, { what });
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('tcp proxy', () => {
  it('listens on 127.0.0.1 and forwards bytes both ways, counting them', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    expect(proxy.port).toBeGreaterThan(0);
    expect(proxy.port).not.toBe(echo.port);

    const client = connect(proxy.port);
    client.socket.write('hello, ');
    client.socket.write('war room');
    await client.waitForText('hello, war room', 'the echo through the proxy');

    expect(proxy.stats()).toEqual({ accepted: 1, open: 1, bytesToTarget: 15, bytesToClient: 15 });
    expect(client.socket.remoteAddress).toBe('127.0.0.1');
  });

  it('forwards a large payload intact', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const payload = randomBytes(4 * 1024 * 1024);
    const client = connect(proxy.port);
    client.socket.end(payload);
    await waitUntil(() => client.state.ended, { what: 'the echo of 4 MiB to end', timeoutMs: 20_000 });
    expect(client.received().equals(payload)).toBe(true);
    expect(proxy.stats().bytesToTarget).toBe(payload.length);
    expect(proxy.stats().bytesToClient).toBe(payload.length);
  });

  it('passes a half-close on: when the client ends, the target ends, and its end comes back', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const client = connect(proxy.port);
    client.socket.end('last words');
    await waitUntil(() => client.state.ended, { what: 'the end to come back through the proxy' });
    expect(client.text()).toBe('last words');
    await client.waitClosed('the client to close after both ends');
    await waitUntil(() => echo.connections[0]?.closed, { what: 'the echo side to close' });
    await waitUntil(() => proxy.stats().open === 0, { what: 'the proxy to forget the finished connection' });
  });

  it('delay mode holds every chunk at least the given time each way', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const client = connect(proxy.port);
    client.socket.write('warm');
    await client.waitForText('warm', 'the connection to be up');

    proxy.setMode({ kind: 'delay', ms: 150 });
    const sent = performance.now();
    client.socket.write('!');
    await client.waitForText('warm!', 'the delayed echo');
    // Two trips through the proxy, each held 150 ms.
    expect(performance.now() - sent).toBeGreaterThanOrEqual(300);
  });

  it('delay mode keeps many small writes in order, also when the mode changes midway', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const client = connect(proxy.port);
    const parts: string[] = [];
    const send = async (from: number, to: number) => {
      for (let i = from; i < to; i += 1) {
        const part = `${String(i).padStart(4, '0')},`;
        parts.push(part);
        client.socket.write(part);
        if (i % 10 === 0) await new Promise((resolve) => setImmediate(resolve)); // separate chunks
      }
    };

    proxy.setMode({ kind: 'delay', ms: 80 });
    await send(0, 200);
    proxy.setMode({ kind: 'delay', ms: 5 }); // later chunks must still wait behind earlier ones
    await send(200, 300);
    proxy.setMode({ kind: 'pass' });
    await send(300, 400);
    await client.waitForText(parts.join(''), 'all 400 small writes to come back in order');
  });

  it('blackhole forwards nothing, and switching back to pass does not deliver the discarded bytes', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const client = connect(proxy.port);
    client.socket.write('before|');
    await client.waitForText('before|', 'the echo before the blackhole');

    proxy.setMode({ kind: 'blackhole' });
    client.socket.write('lost|');
    const late = connect(proxy.port); // accepted but silent, not refused
    late.socket.write('also lost');
    await sleep(QUIET_MS);
    expect(client.text()).toBe('before|');
    expect(late.text()).toBe('');
    expect(client.state.closed).toBe(false);
    expect(late.state.closed).toBe(false);
    expect(echo.connections[0]?.received).toBe('before|'.length);
    expect(proxy.stats()).toMatchObject({ accepted: 2, open: 2, bytesToTarget: 7, bytesToClient: 7 });

    proxy.setMode({ kind: 'pass' });
    client.socket.write('after');
    await client.waitForText('before|after', 'the echo after the link came back');
    late.socket.write('late');
    await late.waitForText('late', 'the connection made during the blackhole to work');
  });

  it('blackhole also drops an echo already on its way back', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const client = connect(proxy.port);
    client.socket.write('up|');
    await client.waitForText('up|', 'the connection to be up');

    // The request reaches the echo (delayed on the way); the link dies before the answer is due back.
    proxy.setMode({ kind: 'delay', ms: 1_000 });
    client.socket.write('question');
    await waitUntil(() => echo.connections[0]!.received === 'up|question'.length, { what: 'the delayed request to reach the echo' });
    proxy.setMode({ kind: 'blackhole' });
    await sleep(1_500); // well past the moment the echo was due back
    proxy.setMode({ kind: 'pass' });
    client.socket.write('|again');
    await client.waitForText('up||again', 'only the echo sent after the blackhole');
  });

  it('bytes sent into a blackhole stay lost even when queued behind delayed ones', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const client = connect(proxy.port);
    client.socket.write('up|');
    await client.waitForText('up|', 'the connection to be up');

    proxy.setMode({ kind: 'delay', ms: 1_200 });
    client.socket.write('A');
    await sleep(100); // 'A' reaches the proxy and waits there
    proxy.setMode({ kind: 'blackhole' });
    client.socket.write('B');
    await sleep(100); // 'B' reaches the proxy during the blackhole
    proxy.setMode({ kind: 'pass' }); // before 'A' is due
    await client.waitForText('up|A', 'the delayed byte sent before the blackhole');
    client.socket.write('C');
    await client.waitForText('up|AC', 'the echo after the blackhole, without the lost byte');
  });

  it('holds an end sent during a blackhole, and passes it on when the link comes back', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const client = connect(proxy.port);
    client.socket.write('up');
    await client.waitForText('up', 'the connection to be up');

    proxy.setMode({ kind: 'blackhole' });
    client.socket.end();
    await sleep(QUIET_MS);
    expect(echo.connections[0]?.socket.readableEnded).toBe(false);
    expect(client.state.ended).toBe(false);

    proxy.setMode({ kind: 'pass' });
    await waitUntil(() => client.state.ended, { what: 'the end to reach the echo and come back' });
    await waitUntil(() => proxy.stats().open === 0, { what: 'the finished connection to be forgotten' });
  });

  it('refuse destroys existing connections and every new one, until pass again', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const client = connect(proxy.port);
    client.socket.write('ping');
    await client.waitForText('ping', 'the echo before the partition');

    proxy.setMode({ kind: 'refuse' });
    expect(proxy.stats().open).toBe(0);
    await client.waitClosed('the existing connection to be destroyed');
    await waitUntil(() => echo.connections[0]?.closed, { what: 'the target side to be destroyed' });

    const refused = connect(proxy.port);
    refused.socket.write('anyone?');
    await refused.waitClosed('the new connection to be destroyed');
    expect(refused.text()).toBe('');
    expect(echo.connections).toHaveLength(1);
    expect(proxy.stats()).toMatchObject({ accepted: 2, open: 0 });

    proxy.setMode({ kind: 'pass' });
    const healed = connect(proxy.port);
    healed.socket.write('healed');
    await healed.waitForText('healed', 'a connection after the partition healed');
  });

  it('cut destroys the live connections, and new ones still work', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const first = connect(proxy.port);
    const second = connect(proxy.port);
    first.socket.write('one');
    second.socket.write('two');
    await first.waitForText('one', 'the first echo');
    await second.waitForText('two', 'the second echo');
    expect(proxy.stats().open).toBe(2);

    proxy.cut();
    expect(proxy.stats().open).toBe(0);
    await first.waitClosed('the first connection to be cut');
    await second.waitClosed('the second connection to be cut');
    await waitUntil(() => echo.connections.every((connection) => connection.closed), { what: 'the target sides to be cut' });

    const third = connect(proxy.port);
    third.socket.write('three');
    await third.waitForText('three', 'a connection after the cut');
    expect(proxy.stats()).toMatchObject({ accepted: 3, open: 1 });
  });

  it('closes the client when the target is down, rather than hanging', async () => {
    const echo = await startEchoServer();
    const port = echo.port;
    await echo.close(); // nothing listens there now
    const proxy = await startProxy(port);

    const client = connect(proxy.port);
    client.socket.write('hello?');
    await client.waitClosed('the client to be closed when the target refuses');
    expect(client.text()).toBe('');
    await waitUntil(() => proxy.stats().open === 0, { what: 'the proxy to drop the failed connection' });
    expect(proxy.stats()).toMatchObject({ accepted: 1, bytesToClient: 0 });
  });

  it('closes the client when the target resets the connection', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const client = connect(proxy.port);
    client.socket.write('ping');
    await client.waitForText('ping', 'the echo');

    echo.connections[0]!.socket.resetAndDestroy();
    await client.waitClosed('the client to be closed after the target reset');
    await waitUntil(() => proxy.stats().open === 0, { what: 'the proxy to drop the reset connection' });
  });

  it('close() destroys every connection and resolves', async () => {
    const echo = await startEchoServer();
    const proxy = await startTcpProxy({ targetPort: echo.port });
    const client = connect(proxy.port);
    client.socket.write('ping');
    await client.waitForText('ping', 'the echo');

    await proxy.close();
    await client.waitClosed('the client to be closed by close()');
    await proxy.close(); // a second close is harmless
    const late = connect(proxy.port);
    await late.waitClosed('a connection to the closed proxy to fail');
  });

  it('rejects a delay that is not a number of milliseconds', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    expect(() => proxy.setMode({ kind: 'delay', ms: -1 })).toThrow(/delay/);
    expect(() => proxy.setMode({ kind: 'delay', ms: Number.NaN })).toThrow(/delay/);
  });
});

describe('fault schedule', () => {
  /** A proxy that only records what was asked of it. */
  function recordingProxy(): TcpProxy & { calls: string[] } {
    const calls: string[] = [];
    const describeMode = (mode: ProxyMode) => (mode.kind === 'delay' ? `delay ${mode.ms}ms` : mode.kind);
    return {
      calls,
      port: 0,
      setMode: (mode) => void calls.push(describeMode(mode)),
      cut: () => void calls.push('cut'),
      stats: () => ({ accepted: 0, open: 0, bytesToTarget: 0, bytesToClient: 0 }),
      close: async () => {},
    };
  }

  async function record(seed: number, steps: number) {
    const proxy = recordingProxy();
    const seen: string[] = [];
    const schedule = runFaultSchedule(proxy, { seed, steps, stepMs: 2, onStep: (step, what) => seen.push(`${step}:${what}`) });
    await schedule.done;
    return { seen, calls: proxy.calls };
  }

  it('the same seed gives the same steps, and it ends in pass', async () => {
    const first = await record(1234, 40);
    const second = await record(1234, 40);
    expect(first.seen).toHaveLength(40);
    expect(second.seen).toEqual(first.seen);
    expect(first.seen.map((line, index) => line.startsWith(`${index}:`))).toEqual(first.seen.map(() => true));
    for (const line of first.seen) expect(line).toMatch(/^\d+:(pass|delay \d+ms|blackhole|refuse|cut)$/);
    for (const line of first.seen.filter((entry) => entry.includes('delay'))) {
      const ms = Number(/delay (\d+)ms/.exec(line)![1]);
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThanOrEqual(200);
    }
    // What the proxy was told matches what was reported, then a final pass.
    expect(first.calls).toEqual([...first.seen.map((line) => line.slice(line.indexOf(':') + 1)), 'pass']);
    // Forty steps from five choices: every kind of fault turns up.
    for (const kind of ['pass', 'delay', 'blackhole', 'refuse', 'cut']) expect(first.seen.some((line) => line.includes(kind))).toBe(true);

    const other = await record(99, 40);
    expect(other.seen).not.toEqual(first.seen);
  });

  it('stop() ends the schedule early, in pass', async () => {
    const proxy = recordingProxy();
    const seen: number[] = [];
    const schedule = runFaultSchedule(proxy, { seed: 7, steps: 1_000, stepMs: 5, onStep: (step) => seen.push(step) });
    await waitUntil(() => seen.length >= 3, { what: 'three steps' });
    schedule.stop();
    await schedule.done;
    const count = seen.length;
    await sleep(50);
    expect(seen).toHaveLength(count);
    expect(count).toBeLessThan(1_000);
    expect(proxy.calls.at(-1)).toBe('pass');
  });

  it('drives a real proxy through faults without crashing, and leaves it passing traffic', async () => {
    const echo = await startEchoServer();
    const proxy = await startProxy(echo.port);
    const steps: string[] = [];
    const schedule = runFaultSchedule(proxy, { seed: 42, steps: 12, stepMs: 40, onStep: (_step, what) => steps.push(what) });
    // Keep traffic flowing (and reconnecting) while the faults happen.
    let client = connect(proxy.port);
    let running = true;
    const traffic = (async () => {
      while (running) {
        if (client.state.closed) client = connect(proxy.port);
        client.socket.write('x');
        await sleep(5);
      }
    })();
    await schedule.done;
    running = false;
    await traffic;
    expect(steps).toHaveLength(12);

    const after = connect(proxy.port);
    after.socket.write('calm again');
    await after.waitForText('calm again', 'traffic after the schedule');
  });
});
