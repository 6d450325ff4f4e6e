/**
 * A stranger on the LAN needs no secret to open TCP connections to the
 * sync port. Thousands of them, held idle, must not take the headless
 * peer's file handles: the interface and its API keep answering, the
 * process stays up, and the idle connections are cut once their handshake
 * deadline has passed.
 *
 * The peer runs with 1,024 file handles (a common default), so that the
 * flood is several times what it could hold open.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../support/api-client.js';
import { rawGet } from '../../support/http-get.js';
import { HOLDFAST_BIN, LineLog, REPO_ROOT, childEnv, lineMatching } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { TempFolders } from '../../support/temp-folders.js';
import { waitUntil } from '../../support/wait.js';
import { OPEN_ADDRESS_LINE, ownersCookie } from '../../support/peer-address.js';

const FILE_HANDLES = 1_024;
const FLOOD = 3_000;
/** Connections opened at once while flooding: enough to fill the listen backlog, few enough to stay polite to this machine. */
const AT_ONCE = 250;

const folders = new TempFolders();
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  folders.removeAll();
});

interface LimitedPeer {
  readonly url: string;
  readonly uiPort: number;
  readonly syncPort: number;
  readonly stdout: LineLog;
  readonly stderr: LineLog;
  alive(): boolean;
}

/** `holdfast serve` in a room, on loopback, in a shell that lowered its file-handle limit first. */
async function peerWithFewFileHandles(): Promise<LimitedPeer> {
  const dataDir = folders.make();
  const serve = [HOLDFAST_BIN, 'serve', '--data', dataDir, '--port', '0', '--sync-port', '0', '--listen', '127.0.0.1', '--no-discovery']
    .concat(['--room', 'Core network outage', '--secret', 'k7m2q-9xv4t-b8n3w-c5r6y-h2j4p'])
    .map((arg) => `'${arg}'`)
    .join(' ');
  const child = spawn('bash', ['-c', `ulimit -n ${FILE_HANDLES} && exec '${process.execPath}' ${serve}`], {
    cwd: REPO_ROOT,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  const stdout = new LineLog(child.stdout!);
  const stderr = new LineLog(child.stderr!);
  const [, url, uiPort] = await lineMatching(stdout, OPEN_ADDRESS_LINE, 'the peer to print its address');
  const [, syncPort] = await lineMatching(stdout, /^sync: listening for peers of room "Core network outage" on port (\d+)$/, 'the peer to listen for peers');
  return {
    url: url!,
    uiPort: Number(uiPort),
    syncPort: Number(syncPort),
    stdout,
    stderr,
    alive: () => child.exitCode === null && child.signalCode === null,
  };
}

interface Flood {
  readonly sockets: net.Socket[];
  /** How many were accepted at all (some are closed as soon as they are). */
  connected: number;
}

/** Opens `count` TCP connections that say nothing, a batch at a time. */
async function idleConnections(port: number, count: number): Promise<Flood> {
  const sockets: net.Socket[] = [];
  const flood: Flood = { sockets, connected: 0 };
  cleanups.push(() => {
    for (const socket of sockets) socket.destroy();
  });
  for (let opened = 0; opened < count; opened += AT_ONCE) {
    const batch = Array.from({ length: Math.min(AT_ONCE, count - opened) }, () => {
      const socket = net.connect(port, '127.0.0.1');
      sockets.push(socket);
      socket.on('error', () => {});
      return new Promise<void>((resolve) => {
        socket.once('connect', () => {
          flood.connected++;
          resolve();
        });
        socket.once('close', () => resolve());
      });
    });
    await Promise.all(batch);
  }
  return flood;
}

describe('a flood of idle connections to the sync port', () => {
  it('leaves the interface and the API answering, the peer running, and is cut after the handshake deadline', { timeout: 90_000 }, async () => {
    const peer = await peerWithFewFileHandles();
    const flood = await idleConnections(peer.syncPort, FLOOD);
    expect(flood.connected, 'connections opened: more than the peer has file handles').toBeGreaterThan(FILE_HANDLES);

    const page = await rawGet(peer.uiPort, '/', ownersCookie(peer.url));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');

    const client = await ApiClient.connect(peer.url, { origin: new URL(peer.url).origin });
    cleanups.push(() => client.close());
    expectOk(await client.call('listIncidents', {}));
    expect(peer.alive(), `the peer died:\n${peer.stderr.text()}`).toBe(true);

    await waitUntil(() => flood.sockets.every((socket) => socket.closed), {
      what: 'the peer to cut every idle connection',
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    expect(peer.alive(), `the peer died:\n${peer.stderr.text()}`).toBe(true);
    // Turned away in bulk, said in a few lines, not one per connection.
    const aboutTheFlood = peer.stdout.lines.filter((line) => /turn(ed|ing) away|cut/i.test(line));
    expect(aboutTheFlood.length, aboutTheFlood.slice(0, 10).join('\n')).toBeLessThanOrEqual(5);
  });
});
