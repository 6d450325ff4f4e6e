/**
 * What the sync listener says about connections it turns away, on
 * 127.0.0.1: a laptop with another secret or another room is named as
 * such, while a port scanner or a peer that hung up mid-handshake is not
 * mistaken for one.
 */
import net from 'node:net';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { roomKeys } from '../../../electron/room/room-keys.js';
import { startSyncListener, type SyncListener } from '../../../electron/sync/sync-listener.js';
import { pskClientOptions } from '../../../electron/sync/tls-psk.js';
import { waitUntil } from '../../support/wait.js';

const ROOM = 'Core network outage';
const SECRET = 'k7m2q-9xv4t-b8n3w-c5r6y-h2j4p';
const WRONG_SECRET = /^refused a laptop at 127\.0\.0\.1: it does not hold this room's secret/;

const listeners: SyncListener[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((listener) => listener.close()));
});

async function listening() {
  const lines: string[] = [];
  const listener = await startSyncListener({
    keys: roomKeys(ROOM, SECRET),
    port: 0,
    bindAddress: '127.0.0.1',
    onConnection: (socket) => socket.terminate(),
    log: (line) => lines.push(line),
  });
  listeners.push(listener);
  return { port: listener.port, lines };
}

/** A TLS-PSK handshake with these room keys; resolves once the connection is over, whatever happened. */
function handshakeWith(port: number, room: string, secret: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ...pskClientOptions(roomKeys(room, secret)) });
    socket.on('error', () => {});
    socket.on('secureConnect', () => socket.destroy());
    socket.on('close', () => resolve());
  });
}

/** A raw TCP connection that does `act` once connected; resolves once it is closed. */
function rawConnection(port: number, act: (socket: net.Socket) => void): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => act(socket));
    socket.on('error', () => {});
    socket.on('close', () => resolve());
  });
}

describe('the sync listener turning connections away', () => {
  it('says a laptop with another secret, or from another room, does not hold this room\'s secret', async () => {
    const { port, lines } = await listening();
    await handshakeWith(port, ROOM, 'aaaaa-bbbbb-ccccc-ddddd-eeeee');
    await handshakeWith(port, 'Payments outage', SECRET);
    await waitUntil(() => lines.filter((line) => WRONG_SECRET.test(line)).length === 2, { what: 'both refusals to be logged' });
    expect(lines).toHaveLength(2);
  });

  it('says nothing of a secret for a connection that closes or resets before or during the handshake, or speaks HTTP', async () => {
    const { port, lines } = await listening();
    await rawConnection(port, (socket) => socket.end());
    await rawConnection(port, (socket) => socket.resetAndDestroy());
    // The start of a TLS ClientHello, then nothing more: a peer that gave up mid-handshake.
    await rawConnection(port, (socket) => socket.end(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x50, 0x01])));
    await rawConnection(port, (socket) => socket.end('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
    // A wrong secret last, as a marker: once its line is there, the others have long been dealt with.
    await handshakeWith(port, ROOM, 'aaaaa-bbbbb-ccccc-ddddd-eeeee');
    await waitUntil(() => lines.some((line) => WRONG_SECRET.test(line)), { what: 'the wrong secret to be refused' });

    expect(lines).toEqual([
      'turned away a connection from 127.0.0.1: it spoke plain HTTP, not Holdfast sync (something pointed at the wrong port?)',
      expect.stringMatching(WRONG_SECRET),
    ]);
  });

  it('still lets a laptop with the room secret in', async () => {
    const { port, lines } = await listening();
    let secured = false;
    await new Promise<void>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, ...pskClientOptions(roomKeys(ROOM, SECRET)) });
      socket.on('error', () => {});
      socket.on('secureConnect', () => {
        secured = true;
        socket.destroy();
      });
      socket.on('close', () => resolve());
    });
    expect(secured).toBe(true);
    expect(lines).toEqual([]);
  });
});

describe('the sync listener on a port already taken', () => {
  it('says so in a sentence naming the flag to change it, and nothing is thrown', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const starting = startSyncListener({ keys: roomKeys(ROOM, SECRET), port, bindAddress: '127.0.0.1', onConnection: () => {}, log: () => {} });
      await expect(starting).rejects.toThrow(`The sync port ${port} is already in use. Choose another with --sync-port.`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
