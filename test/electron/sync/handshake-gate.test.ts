/**
 * The sync port's door, on 127.0.0.1 (and 127.0.0.2 and .3 for "another
 * address"): connections that do not finish their handshake in time are
 * cut, a flood of them is turned away at once and said in one line, and a
 * laptop of the room still gets in. The limits are made small here so the
 * tests are quick; the listener's defaults are the same rules, larger.
 */
import net from 'node:net';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { roomKeys } from '../../../electron/room/room-keys.js';
import { SYNC_PATH, startSyncListener, type ListenerLimits, type SyncListener } from '../../../electron/sync/sync-listener.js';
import { pskClientOptions } from '../../../electron/sync/tls-psk.js';
import { CLOSE_REFUSED } from '../../../electron/sync/ws-channel.js';
import { waitUntil } from '../../support/wait.js';

const KEYS = roomKeys('Core network outage', 'k7m2q-9xv4t-b8n3w-c5r6y-h2j4p');
/** Long enough never to fire during a test about the limits. */
const NEVER_MS = 60_000;

const listeners: SyncListener[] = [];
const opened: { destroy(): void }[] = [];
afterEach(async () => {
  for (const socket of opened.splice(0)) socket.destroy();
  await Promise.all(listeners.splice(0).map((listener) => listener.close()));
});

async function door(limits: Partial<ListenerLimits>) {
  const lines: string[] = [];
  const arrived: WebSocket[] = [];
  const listener = await startSyncListener({
    keys: KEYS,
    port: 0,
    bindAddress: '127.0.0.1',
    onConnection: (socket) => arrived.push(socket),
    log: (line) => lines.push(line),
    limits: { handshakeMs: NEVER_MS, firstMessageMs: NEVER_MS, perAddress: 100, inAll: 100, ...limits },
  });
  listeners.push(listener);
  return { port: listener.port, lines, arrived };
}

interface Watched {
  readonly socket: net.Socket;
  closed: boolean;
}

/** A TCP connection that says nothing, from `from`; resolves once connected. */
async function idle(port: number, from = '127.0.0.1'): Promise<Watched> {
  const socket = net.connect({ port, host: '127.0.0.1', localAddress: from });
  opened.push(socket);
  const watched: Watched = { socket, closed: false };
  socket.on('error', () => {});
  socket.on('close', () => (watched.closed = true));
  await new Promise<void>((resolve) => {
    socket.once('connect', () => resolve());
    socket.once('close', () => resolve());
  });
  return watched;
}

async function idleMany(port: number, count: number, from = '127.0.0.1'): Promise<Watched[]> {
  const all: Watched[] = [];
  for (let i = 0; i < count; i++) all.push(await idle(port, from));
  return all;
}

/** A laptop of the room calling in, from `from`; `speak` says whether it sends a first message once the socket opens. */
function laptop(port: number, options: { speak: boolean; from?: string }) {
  const socket = new WebSocket(`wss://127.0.0.1:${port}${SYNC_PATH}`, {
    ...pskClientOptions(KEYS),
    localAddress: options.from ?? '127.0.0.1',
    handshakeTimeout: 5_000,
    perMessageDeflate: false,
  });
  opened.push({ destroy: () => socket.terminate() });
  const seen = { open: false, closed: null as { code: number; reason: string } | null };
  socket.on('error', () => {});
  socket.on('open', () => {
    seen.open = true;
    if (options.speak) socket.send(JSON.stringify({ type: 'hello' }));
  });
  socket.on('close', (code, reason) => (seen.closed = { code, reason: reason.toString() }));
  return seen;
}

const turningAway = (lines: string[]) => lines.filter((line) => /^turn(ing|ed) away/.test(line));

describe('the sync port\'s door: deadlines', () => {
  it('cuts a connection that never starts its TLS handshake once its deadline has passed, and says so once', async () => {
    const { port, lines } = await door({ handshakeMs: 300 });
    const strangers = await idleMany(port, 3);
    await waitUntil(() => strangers.every((stranger) => stranger.closed), { what: 'the idle connections to be cut' });
    expect(lines).toEqual([
      expect.stringMatching(/^cut a connection from 127\.0\.0\.1: it did not finish the handshake within 0\.3 s .*; more are counted and reported once a minute$/),
    ]);
  });

  it('cuts a connection that finishes TLS with the secret but never asks for the WebSocket', async () => {
    const { port } = await door({ handshakeMs: 300 });
    const state = { secured: false, closed: false };
    const socket = tls.connect({ host: '127.0.0.1', port, ...pskClientOptions(KEYS) });
    opened.push(socket);
    socket.on('error', () => {});
    socket.on('secureConnect', () => (state.secured = true));
    socket.on('close', () => (state.closed = true));
    await waitUntil(() => state.closed, { what: 'the silent TLS connection to be cut' });
    expect(state.secured).toBe(true);
  });

  it('closes a WebSocket that says nothing after the upgrade, telling it why', async () => {
    const { port, arrived, lines } = await door({ handshakeMs: 300, firstMessageMs: 300 });
    const silent = laptop(port, { speak: false });
    const closed = await waitUntil(() => silent.closed, { what: 'the silent peer to be closed' });
    expect(silent.open).toBe(true);
    expect(arrived).toHaveLength(1);
    expect(closed).toEqual({ code: CLOSE_REFUSED, reason: 'It said nothing within 0.3 s of connecting; a peer says hello at once.' });
    expect(lines).toEqual([expect.stringMatching(/^closed a peer's connection from 127\.0\.0\.1:\d+: it said nothing within 0\.3 s of connecting/)]);
  });

  it('keeps a laptop that finishes its handshake and says hello in time, well past both deadlines', async () => {
    const { port, arrived, lines } = await door({ handshakeMs: 300, firstMessageMs: 300 });
    const speaking = laptop(port, { speak: true });
    await waitUntil(() => arrived.length === 1 && speaking.open, { what: 'the laptop to get in' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(speaking.closed).toBeNull();
    expect(lines).toEqual([]);
  });
});

describe('the sync port\'s door: limits', () => {
  it('turns connections over the limit from one address away at once, and says so in one line', async () => {
    const { port, lines } = await door({ perAddress: 3 });
    const strangers = await idleMany(port, 10);
    await waitUntil(() => strangers.filter((stranger) => stranger.closed).length === 7, { what: 'seven connections to be turned away' });
    expect(strangers.slice(0, 3).every((stranger) => !stranger.closed)).toBe(true);
    expect(turningAway(lines)).toEqual([
      expect.stringMatching(/^turning away connections from 127\.0\.0\.1: 3 of its connections are already waiting to finish a handshake/),
    ]);
  });

  it('turns connections over the limit in all away, whatever their address', async () => {
    const { port, lines } = await door({ perAddress: 10, inAll: 4 });
    const strangers = [...(await idleMany(port, 3, '127.0.0.2')), ...(await idleMany(port, 3, '127.0.0.3'))];
    await waitUntil(() => strangers.filter((stranger) => stranger.closed).length === 2, { what: 'two connections to be turned away' });
    expect(strangers.slice(0, 4).every((stranger) => !stranger.closed)).toBe(true);
    expect(turningAway(lines)).toEqual([
      expect.stringMatching(/^turning away new connections \(the latest from 127\.0\.0\.3\): 4 connections are already waiting/),
    ]);
  });

  it('still lets a laptop of the room in from another address while one address floods the door', async () => {
    const { port, arrived } = await door({ perAddress: 3 });
    const flood = await idleMany(port, 10, '127.0.0.2');
    await waitUntil(() => flood.filter((stranger) => stranger.closed).length === 7, { what: 'the flood to be turned away' });
    const colleague = laptop(port, { speak: true });
    await waitUntil(() => colleague.open && arrived.length === 1, { what: 'the laptop of the room to get in' });
  });

  it('counts a connection as waiting only until its upgrade: laptops that got in leave room for the next', async () => {
    const { port, arrived } = await door({ perAddress: 1 });
    const first = laptop(port, { speak: true });
    await waitUntil(() => first.open, { what: 'the first laptop to get in' });
    const second = laptop(port, { speak: true });
    await waitUntil(() => second.open && arrived.length === 2, { what: 'the second laptop to get in' });
  });
});
