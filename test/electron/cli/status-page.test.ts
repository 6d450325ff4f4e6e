/**
 * `holdfast status-page`: the static status page written from a terminal,
 * for the person putting it on whatever server still works.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenHosts } from '../../support/hosts.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { withBoardCatalogue } from '../../support/board-catalogue.js';
import { TempFolders } from '../../support/temp-folders.js';
import { declareFromTerminal } from '../../support/terminal.js';

const folders = new TempFolders();
const hosts = new OpenHosts();
afterEach(() => {
  hosts.closeAll();
  folders.removeAll();
});

/** Publishes an update as the reporter's composer would (there is no terminal command for it). */
function publish(dataDir: string, incidentId: string, audience: 'customers' | 'internal', text: string): void {
  const host = hosts.openOn(dataDir);
  expectOk(host.run('publishStatusUpdate', { incidentId, audience, text, nextUpdateAt: Date.now() + 30 * 60_000 }));
  hosts.close(host);
}

describe('holdfast status-page', () => {
  it('lists the customer-facing services on the board as components, in customers’ words and nothing internal', async () => {
    const dataDir = folders.make();
    const incidentId = await declareFromTerminal(dataDir, 'Checkout is down');
    const host = withBoardCatalogue(hosts.openOn(dataDir));
    expectOk(host.run('scopeServices', { incidentId, serviceIds: ['checkout-web'] }));
    expectOk(host.run('checkService', { incidentId, serviceId: 'checkout-web', state: 'down', evidence: 'curl from bastion-2 times out' }));
    expectOk(host.run('checkService', { incidentId, serviceId: 'postgres-primary', state: 'down', evidence: 'psql refused' }));
    hosts.close(host);
    publish(dataDir, incidentId, 'customers', 'Checkout fails; we are on it.');
    const out = path.join(folders.make(), 'status.html');

    const run = await holdfast(['status-page', '--out', out, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<h2 id="components">Components</h2>');
    expect(html).toMatch(/<tr><th scope="row">Checkout<\/th><td class="component component-outage"><svg[^>]*>.*<\/svg> Major outage<\/td><\/tr>/);
    for (const internal of ['Primary database', 'bastion-2', 'Payments', 'Databases']) expect(html).not.toContain(internal);
  });

  it('writes the most recent open incident’s page from its latest public update to --out', async () => {
    const dataDir = folders.make();
    const older = await declareFromTerminal(dataDir, 'Disk full on db-3');
    publish(dataDir, older, 'customers', 'Older incident update');
    const incidentId = await declareFromTerminal(dataDir, 'Checkout is down');
    publish(dataDir, incidentId, 'customers', 'We are investigating <failed> payments.');
    publish(dataDir, incidentId, 'internal', 'db-2 looks guilty');
    const out = path.join(folders.make(), 'status.html');

    const run = await holdfast(['status-page', '--out', out, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Wrote the status page of "Checkout is down" (${incidentId}) to ${out}.`);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<h1>Checkout is down</h1>');
    expect(html).toContain('We are investigating &lt;failed&gt; payments.');
    expect(html).not.toContain('db-2');
    expect(html).not.toContain('Older incident update');
  });

  it('writes the page of the incident named by --incident (a prefix of its id will do)', async () => {
    const dataDir = folders.make();
    const first = await declareFromTerminal(dataDir, 'Disk full on db-3');
    publish(dataDir, first, 'customers', 'Some uploads fail.');
    await declareFromTerminal(dataDir, 'Checkout is down');
    const out = path.join(folders.make(), 'db-3.html');
    const run = await holdfast(['status-page', '--incident', first.slice(0, 8), '--out', out, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('<p>Some uploads fail.</p>');
  });

  it('says so, writing nothing, when no update has gone to customers yet', async () => {
    const dataDir = folders.make();
    const incidentId = await declareFromTerminal(dataDir, 'Checkout is down');
    publish(dataDir, incidentId, 'internal', 'Only us so far');
    const out = path.join(folders.make(), 'status.html');
    const run = await holdfast(['status-page', '--out', out, '--data', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No update to Customers has been published for "Checkout is down" yet');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('says so when there is no open incident', async () => {
    const run = await holdfast(['status-page', '--out', path.join(folders.make(), 'status.html'), '--data', folders.make()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no open incident');
  });

  it('asks where to write the page when --out is missing', async () => {
    const run = await holdfast(['status-page', '--data', folders.make()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Say where to write the page: --out FILE.');
  });
});
