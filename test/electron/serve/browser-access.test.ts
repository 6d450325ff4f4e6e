/**
 * The headless peer's API is its owner's: another user of the same machine
 * reaches 127.0.0.1 too, and says whatever Host and Origin they like, so
 * only the data folder's access key (in the address `holdfast serve`
 * prints, then in a cookie) lets a client in. Without it the API socket is
 * refused, and the room secret and invite never leave the peer.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomView } from '../../../shared/room/views.js';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { BROWSER_ACCESS_KEY_FILE } from '../../../electron/serve/browser-access-key.js';
import { accessCookieName } from '../../../electron/serve/browser-access.js';
import { startServer, type RunningServer } from '../../../electron/serve/server.js';
import { ApiClient } from '../../support/api-client.js';
import { OpenHosts } from '../../support/hosts.js';
import { rawGet } from '../../support/http-get.js';
import { OPEN_ADDRESS_LINE, ownersCookie } from '../../support/peer-address.js';
import { HOLDFAST_BIN, REPO_ROOT, RunningProcesses, childEnv, lineMatching } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const hosts = new OpenHosts();
const processes = new RunningProcesses();
const servers: RunningServer[] = [];
const clients: ApiClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await processes.stopAll();
  hosts.closeAll();
  folders.removeAll();
});

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** A peer in a room, serving a stand-in for the built interface. */
async function peerInRoom(): Promise<{ server: RunningServer; host: WarRoomHost; dataDir: string; secret: string }> {
  const root = folders.make();
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Holdfast</title><div id="war-room"></div>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("war room");');
  const dataDir = path.join(root, 'data');
  const host = hosts.openOn(dataDir);
  const secret = expectOk(host.run('createRoom', { name: 'Core network outage' })).room!.secret;
  const server = await startServer({ host, port: 0, rendererDir });
  servers.push(server);
  return { server, host, dataDir, secret };
}

async function refusal(connecting: Promise<ApiClient>): Promise<string> {
  try {
    clients.push(await connecting);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('The API socket was opened, but it should have been refused.');
}

describe('the API of a headless peer, to a client without the access key', () => {
  it('is refused outright, however it dresses up as the peer\'s own page', async () => {
    const { server } = await peerInRoom();
    const own = `http://127.0.0.1:${server.port}`;
    const key = new URL(server.openUrl).searchParams.get('access')!;
    const attempts: [string, Promise<ApiClient>][] = [
      ['no Origin, as a program would send', ApiClient.connect(server.url)],
      ["the peer's own Origin", ApiClient.connect(server.url, { origin: own })],
      ["the peer's own Origin and Host", ApiClient.connect(server.url, { origin: own, host: `localhost:${server.port}` })],
      ['a made-up key', ApiClient.connect(server.url, { origin: own, accessKey: 'x'.repeat(43) })],
      ['an empty key', ApiClient.connect(`${server.url}?access=`, { origin: own })],
    ];
    for (const [how, connecting] of attempts) expect([how, await refusal(connecting)]).toEqual([how, 'Unexpected server response: 401']);

    // The right key in another peer's cookie (another port) is not this peer's.
    const { default: WebSocket } = await import('ws');
    const elsewhere = new WebSocket(`ws://127.0.0.1:${server.port}/api`, { headers: { Cookie: `${accessCookieName(server.port + 1)}=${key}` } });
    const answer = await new Promise<string>((resolve) => {
      elsewhere.once('error', (error) => resolve(error.message));
      elsewhere.once('open', () => resolve('opened'));
    });
    elsewhere.terminate();
    expect(answer).toBe('Unexpected server response: 401');
  });

  it('answers the owner, who came by the printed address, with the room secret and invite as before', async () => {
    const { server, secret } = await peerInRoom();
    const owner = await ApiClient.connect(server.openUrl, { origin: `http://127.0.0.1:${server.port}` });
    clients.push(owner);
    const view = expectOk(await owner.call('getRoom', {})) as RoomView;
    expect(view.room).toMatchObject({ name: 'Core network outage', secret });
    expect(view.room!.invite).toMatch(/^HOLDFAST1\./);
  });
});

describe('the page of a headless peer', () => {
  it('turns the printed address into an HttpOnly, SameSite=Strict cookie for this port, then sends the browser to the clean address', async () => {
    const { server } = await peerInRoom();
    const printed = new URL(server.openUrl);
    const key = printed.searchParams.get('access')!;

    const arrival = await rawGet(server.port, printed.pathname + printed.search);
    expect(arrival.status).toBe(303);
    expect(arrival.headers.location).toBe('/');
    expect(arrival.headers['set-cookie']).toEqual([
      `${accessCookieName(server.port)}=${key}; Path=/; Max-Age=34560000; HttpOnly; SameSite=Strict`,
    ]);
    expect(arrival.headers['cache-control']).toBe('no-store');
    expect(arrival.headers['referrer-policy']).toBe('no-referrer');

    const page = await rawGet(server.port, '/', ownersCookie(server.openUrl));
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="war-room"></div>');
  });

  it('says what to do when opened without the key, or with a key that is not this peer\'s', async () => {
    const { server } = await peerInRoom();
    for (const where of ['/', '/index.html']) {
      const page = await rawGet(server.port, where);
      expect(page.status).toBe(403);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.body).toContain('<h1>Open Holdfast from the address it printed</h1>');
      expect(page.body).toMatch(/Open the address that\s+<code>holdfast serve<\/code> \(or <code>npm start<\/code>\) printed in its terminal/);
      expect(page.body).not.toContain('war-room');
    }
    const wrong = await rawGet(server.port, `/?access=${'x'.repeat(43)}`);
    expect(wrong.status).toBe(403);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(wrong.body).toContain("<h1>That access key is not this peer's</h1>");

    // The rest of the interface is the same build for everyone, and gives nothing away.
    expect((await rawGet(server.port, '/assets/app.js')).status).toBe(200);
  });

  it('keeps its key in the data folder, for its owner alone, and the same key when the peer starts again', async () => {
    const { server, host, dataDir } = await peerInRoom();
    const file = path.join(dataDir, BROWSER_ACCESS_KEY_FILE);
    expect(modeOf(file)).toBe(0o600);
    const key = new URL(server.openUrl).searchParams.get('access')!;
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(key);

    await servers.splice(0)[0]!.close();
    fs.chmodSync(file, 0o644);
    const again = await startServer({ host, port: 0 });
    servers.push(again);
    expect(new URL(again.openUrl).searchParams.get('access')).toBe(key);
    expect(modeOf(file)).toBe(0o600);

    // A damaged key file is replaced by a new key, not trusted.
    fs.writeFileSync(file, 'short\n');
    const replaced = await startServer({ host, port: 0 });
    servers.push(replaced);
    const newKey = new URL(replaced.openUrl).searchParams.get('access')!;
    expect(newKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newKey).not.toBe(key);
    expect(modeOf(file)).toBe(0o600);
  });
});

const NOBODY = 65_534;
const runningAsRoot = process.getuid?.() === 0;

/**
 * What another user of this machine gets from the running peer, tried from a
 * process of theirs: the data folder's files, and the API socket with the
 * peer's own Host and Origin.
 */
function asAnotherUser(dataDir: string, port: number): Promise<Record<string, string>> {
  const script = `
    const fs = require('node:fs');
    const WebSocket = require('ws');
    const seen = {};
    for (const name of ['holdfast.db', 'device-key.pem', 'browser-access-key']) {
      try { fs.readFileSync(${JSON.stringify(dataDir)} + '/' + name); seen[name] = 'read'; } catch (error) { seen[name] = error.code; }
    }
    const socket = new WebSocket('ws://127.0.0.1:${port}/api', { origin: 'http://127.0.0.1:${port}' });
    socket.once('unexpected-response', (_, response) => { seen.api = String(response.statusCode); finish(); });
    socket.once('open', () => { seen.api = 'open'; socket.send(JSON.stringify({ id: 1, method: 'getRoom', params: {} })); });
    socket.once('message', (data) => { seen.getRoom = String(data); finish(); });
    socket.once('error', () => finish());
    function finish() { process.stdout.write(JSON.stringify(seen)); process.exit(0); }
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: REPO_ROOT, env: childEnv(), uid: NOBODY, gid: NOBODY, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', () => {
      try {
        resolve(JSON.parse(out) as Record<string, string>);
      } catch {
        reject(new Error(`The other user's process said: ${out}${err}`));
      }
    });
  });
}

describe('holdfast serve, seen by another user of the same machine', () => {
  it('prints the address with its key, opens the war room to it, and to nobody without it', async () => {
    const dataDir = path.join(folders.make(), 'war-room');
    const secretFile = path.join(folders.make(), 'room-secret');
    fs.writeFileSync(secretFile, 'k7m2q-9xv4t-b8n3w-c5r6y-h2j4p\n', { mode: 0o600 });
    const peer = processes.startNode([
      HOLDFAST_BIN, 'serve', '--data', dataDir, '--port', '0', '--listen', '127.0.0.1', '--no-discovery', '--sync-port', '0',
      '--room', 'Core network outage', '--secret-file', secretFile,
    ]);
    const [, printed, port] = await lineMatching(peer.stdout, OPEN_ADDRESS_LINE, 'the peer to print its address');

    const stranger = await refusal(ApiClient.connect(`http://127.0.0.1:${port}/`, { origin: `http://127.0.0.1:${port}` }));
    expect(stranger).toBe('Unexpected server response: 401');

    const owner = await ApiClient.connect(printed!, { origin: `http://127.0.0.1:${port}` });
    clients.push(owner);
    expect((expectOk(await owner.call('getRoom', {})) as RoomView).room?.secret).toBe('k7m2q-9xv4t-b8n3w-c5r6y-h2j4p');

    // Everything in the data folder that would let someone in is its owner's alone.
    if (process.platform !== 'win32') {
      expect(modeOf(dataDir)).toBe(0o700);
      for (const name of ['holdfast.db', 'holdfast.db-wal', 'holdfast.db-shm', 'device-key.pem', BROWSER_ACCESS_KEY_FILE]) {
        expect([name, modeOf(path.join(dataDir, name))]).toEqual([name, 0o600]);
      }
    }
    if (runningAsRoot) {
      const nothing = { 'holdfast.db': 'EACCES', 'device-key.pem': 'EACCES', 'browser-access-key': 'EACCES', api: '401' };
      // Its parent reachable, as a home folder often is: the data folder is not.
      fs.chmodSync(path.dirname(dataDir), 0o755);
      expect(await asAnotherUser(dataDir, Number(port))).toEqual(nothing);
      // And were the folder opened up while the peer runs, its files still are not readable.
      fs.chmodSync(dataDir, 0o755);
      expect(await asAnotherUser(dataDir, Number(port))).toEqual(nothing);
    }
  });
});
