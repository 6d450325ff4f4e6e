/**
 * One Content-Security-Policy for the renderer, wherever it is shown: the
 * desktop window and the pages of the headless peer get the same one, and
 * the page's own <meta> policy says no more than they do. A page that may
 * open a WebSocket to any host can be made to carry the war room elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/serve/server.js';
import { OpenHosts } from '../../support/hosts.js';
import { rawGet } from '../../support/http-get.js';
import { ownersCookie } from '../../support/peer-address.js';
import { REPO_ROOT } from '../../support/processes.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const hosts = new OpenHosts();
const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  hosts.closeAll();
  folders.removeAll();
});

/** Directives a <meta> element cannot carry (the CSP specification ignores them there). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** A policy as its directives, each with its sources in order. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources.join(' ')]),
  );
}

/**
 * The desktop window's policy, read at run time: electron/desktop/ compiles
 * against Electron's types, which the tests' type-check does not load.
 */
async function desktopPolicy(): Promise<string> {
  const module = path.join(REPO_ROOT, 'electron', 'desktop', 'security.ts');
  return ((await import(module)) as { CONTENT_SECURITY_POLICY: string }).CONTENT_SECURITY_POLICY;
}

async function servedPolicy(): Promise<string> {
  const root = folders.make();
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Holdfast</title>');
  const server = await startServer({ host: hosts.openOn(path.join(root, 'data')), port: 0, rendererDir });
  servers.push(server);
  const page = await rawGet(server.port, '/', ownersCookie(server.openUrl));
  expect(page.status).toBe(200);
  return String(page.headers['content-security-policy']);
}

function metaPolicy(): string {
  const html = fs.readFileSync(path.join(REPO_ROOT, 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  expect(meta, 'renderer/index.html has a CSP <meta>').not.toBeNull();
  return meta![1]!;
}

describe('the content security policy of the interface', () => {
  it('is the same for the headless peer\'s pages as for the desktop window', async () => {
    expect(await servedPolicy()).toBe(await desktopPolicy());
  });

  it('lets the page connect to its own origin only (its API socket), not to any host', async () => {
    expect(directives(await servedPolicy()).get('connect-src')).toBe("'self'");
  });

  it('says in the page\'s own <meta> what the header says, less what a <meta> cannot carry', async () => {
    const header = [...directives(await desktopPolicy())].filter(([name]) => !HEADER_ONLY.has(name));
    expect([...directives(metaPolicy())].sort()).toEqual(header.sort());
  });
});
