import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/serve/server.js';
import { OpenHosts } from '../../support/hosts.js';
import { rawGet } from '../../support/http-get.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const hosts = new OpenHosts();
const servers: RunningServer[] = [];
afterEach(async () => {
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
    const page = await rawGet(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<div id="war-room"></div>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');

    const script = await rawGet(server.port, '/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log("war room");');
  });

  it('explains with a 503 page when the interface has not been built', async () => {
    const { server } = await peerServing(false);
    const page = await rawGet(server.port, '/');
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
      expect((await rawGet(server.port, '/', { Host: name })).status).toBe(200);
    }
  });
});
