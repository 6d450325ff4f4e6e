import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../support/api-client.js';
import { rawGet } from '../../support/http-get.js';
import { OPEN_ADDRESS_LINE, ownersCookie } from '../../support/peer-address.js';
import { HOLDFAST_BIN, REPO_ROOT, RunningProcesses, holdfast, lineMatching } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const processes = new RunningProcesses();
const clients: ApiClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await processes.stopAll();
  folders.removeAll();
});

const rendererBuilt = fs.existsSync(path.join(REPO_ROOT, 'dist', 'renderer', 'index.html'));

describe('holdfast serve, the headless peer', () => {
  it('serves the interface and the API, pushes what the terminal writes, and stops cleanly when asked', async () => {
    const dataDir = folders.make();
    const peer = processes.startNode([HOLDFAST_BIN, 'serve', '--data', dataDir, '--port', '0']);
    const [, url, port] = await lineMatching(peer.stdout, OPEN_ADDRESS_LINE, 'the peer to print its address');
    expect(peer.stdout.lines).toContain(`Holdfast is running as a headless peer on ${dataDir}`);

    const page = await rawGet(Number(port), '/', ownersCookie(url!));
    expect(page.status).toBe(rendererBuilt ? 200 : 503);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');

    const client = await ApiClient.connect(url!, { origin: new URL(url!).origin });
    clients.push(client);
    expectOk(await client.call('setName', { name: 'Hana' }));
    const declared = await holdfast(['declare', 'Declared at the terminal', '--data', dataDir]);
    expect(declared.code, declared.stderr).toBe(0);
    const noted = await holdfast(['note', 'Noted at the terminal', '--data', dataDir]);
    expect(noted.code, noted.stderr).toBe(0);

    await client.waitForNotice(
      (notice) => notice.type === 'changed' && notice.entries.some((entry) => entry.text === 'Noted at the terminal'),
      "the terminal's note to reach the browser",
    );
    const incidents = expectOk(await client.call('listIncidents', {})) as { title: string; entryCount: number }[];
    expect(incidents).toMatchObject([{ title: 'Declared at the terminal', entryCount: 1 }]);

    peer.process.kill('SIGTERM');
    expect(await peer.exited()).toEqual({ code: 0, signal: null });
  });

  it('says clearly when its port is taken, and exits with an error', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const run = await holdfast(['serve', '--data', folders.make(), '--port', String(port)]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(`Port ${port} is already in use (is Holdfast already running?). Choose another with --port.`);
      expect(run.stdout).toBe('');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('refuses a port that is not a number', async () => {
    const run = await holdfast(['serve', '--data', folders.make(), '--port', 'eighty']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--port must be a number from 0 to 65535, not eighty\./);
    expect(run.stdout).toBe('');
  });
});
