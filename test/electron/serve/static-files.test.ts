import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/serve/content-security-policy.js';
import { startServer, type RunningServer } from '../../../electron/serve/server.js';
import { OpenHosts } from '../../support/hosts.js';
import { rawGet } from '../../support/http-get.js';
import { ownersCookie } from '../../support/peer-address.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const hosts = new OpenHosts();
const servers: RunningServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => server.close()));
  hosts.closeAll();
  folders.removeAll();
});

const SECRET = 'the room secret, which no browser may read';

/** A peer serving a renderer folder that sits beside a file it must never serve. */
async function peerServing(withBuild: boolean): Promise<{ server: RunningServer; rendererDir: string }> {
  const root = folders.make();
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  if (withBuild) {
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Holdfast</title><div id="war-room"></div>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("war room");');
  }
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(root, 'renderer-evil'));
  fs.writeFileSync(path.join(root, 'renderer-evil', 'page.html'), SECRET);

  const host = hosts.openOn(path.join(root, 'data'));
  const server = await startServer({ host, port: 0, rendererDir });
  servers.push(server);
  return { server, rendererDir };
}

describe('the headless peer serving the interface', () => {
  it('serves the built page and its assets with the strict security headers', async () => {
    const { server } = await peerServing(true);
    const page = await rawGet(server.port, '/', ownersCookie(server.openUrl));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<div id="war-room"></div>');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-frame-options']).toBe('DENY');

    const script = await rawGet(server.port, '/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log("war room");');
  });

  it('explains with a 503 page when the interface has not been built', async () => {
    const { server } = await peerServing(false);
    const page = await rawGet(server.port, '/', ownersCookie(server.openUrl));
    expect(page.status).toBe(503);
    expect(page.body).toMatch(/has not been built in this checkout\. Run <code>npm run build<\/code>/);
    expect((await rawGet(server.port, '/assets/app.js')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2frenderer-evil/page.html',
    '/..%5csecret.txt',
  ])('refuses to climb out of the interface folder: %s', async (rawPath) => {
    const { server } = await peerServing(true);
    const response = await rawGet(server.port, rawPath);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
  });

  it('answers only requests addressed to its loopback name (no DNS rebinding)', async () => {
    const { server } = await peerServing(true);
    const foreign = await rawGet(server.port, '/', { Host: `attacker.example:${server.port}` });
    expect(foreign.status).toBe(421);
    expect(foreign.body).not.toContain('war-room');

    for (const name of [`127.0.0.1:${server.port}`, `localhost:${server.port}`]) {
      expect((await rawGet(server.port, '/', { Host: name, ...ownersCookie(server.openUrl) })).status).toBe(200);
    }
  });
});

/** An error as the operating system gives it, with its code. */
function systemError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/**
 * Makes opening any file under `folder` fail with EMFILE, as it does when
 * the process has used up its file handles; files elsewhere (the database)
 * open as usual.
 */
function outOfFileHandlesIn(folder: string): void {
  const inFolder = (file: unknown) => typeof file === 'string' && file.startsWith(folder);
  const open = fs.open.bind(fs) as (...args: unknown[]) => void;
  vi.spyOn(fs, 'open').mockImplementation(((...args: unknown[]) => {
    if (!inFolder(args[0])) return open(...args);
    const callback = args.at(-1) as (error: NodeJS.ErrnoException) => void;
    process.nextTick(() => callback(systemError('EMFILE', 'too many open files')));
  }) as typeof fs.open);
  const createReadStream = fs.createReadStream.bind(fs);
  vi.spyOn(fs, 'createReadStream').mockImplementation(((file: fs.PathLike, options?: { fd?: unknown }) => {
    if (!inFolder(file) || (typeof options === 'object' && options?.fd !== undefined)) return createReadStream(file, options as never);
    return new Readable({
      read() {
        this.destroy(systemError('EMFILE', 'too many open files'));
      },
    });
  }) as typeof fs.createReadStream);
}

/** Makes every file under `folder` fail half-way through being read, as a failing disk would. */
function failingDiskIn(folder: string): void {
  const createReadStream = fs.createReadStream.bind(fs);
  vi.spyOn(fs, 'createReadStream').mockImplementation(((file: fs.PathLike, options?: unknown) => {
    const stream = createReadStream(file, options as never);
    if (typeof file === 'string' && !file.startsWith(folder)) return stream;
    let sent = false;
    return new Readable({
      read() {
        if (sent) return this.destroy(systemError('EIO', 'i/o error'));
        sent = true;
        this.push('<!doctype html>');
      },
      destroy(error, done) {
        stream.destroy();
        done(error);
      },
    });
  }) as typeof fs.createReadStream);
}

/**
 * A GET that reports how the response ended instead of throwing when it is
 * cut short; a connection cut before the status line is status 0.
 */
function getToTheEnd(port: number, rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; complete: boolean; body: string }> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: rawPath, headers, timeout: 5_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('error', () => {});
      response.on('close', () => resolve({ status: response.statusCode ?? 0, complete: response.complete, body }));
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${rawPath} timed out`)));
    request.on('error', () => resolve({ status: 0, complete: false, body: '' }));
  });
}

describe('the headless peer serving the interface when files fail', () => {
  it('answers 503 with a sentence when it is out of file handles, and serves the page once it has them again', async () => {
    const { server, rendererDir } = await peerServing(true);
    outOfFileHandlesIn(rendererDir);
    const busy = await getToTheEnd(server.port, '/', ownersCookie(server.openUrl));
    expect(busy.status).toBe(503);
    expect(busy.body).toMatch(/too many connections or files open.*try again/i);

    vi.restoreAllMocks();
    const page = await rawGet(server.port, '/', ownersCookie(server.openUrl));
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="war-room"></div>');
  });

  it('cuts a response short when its file fails half-way (the browser sees a broken download, not a truncated page), and keeps serving', async () => {
    const { server, rendererDir } = await peerServing(true);
    failingDiskIn(rendererDir);
    const broken = await getToTheEnd(server.port, '/', ownersCookie(server.openUrl));
    expect(broken.complete).toBe(false);

    vi.restoreAllMocks();
    expect((await rawGet(server.port, '/assets/app.js')).body).toBe('console.log("war room");');
  });
});
