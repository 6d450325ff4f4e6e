/**
 * The reporter's kit as the host loads it from runbooks/status-updates/:
 * the templates Holdfast ships, a folder a person has edited (one bad file
 * must not take the others down), and the status page made from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReporterKit } from '../../../electron/updates/reporter-kit.js';
import { AUDIENCES } from '../../../shared/updates/audience.js';
import { DEFAULT_CADENCE_MINUTES } from '../../../shared/updates/cadence.js';
import { OpenHosts } from '../../support/hosts.js';
import { REPO_ROOT } from '../../support/processes.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { TempFolders } from '../../support/temp-folders.js';

const SHIPPED = path.join(REPO_ROOT, 'runbooks', 'status-updates');
const folders = new TempFolders();
const hosts = new OpenHosts();
afterEach(() => {
  hosts.closeAll();
  folders.removeAll();
});

/** A runbooks folder holding a copy of the shipped status updates, to edit. */
function runbooksCopy(): { runbooksDir: string; updates: string } {
  const runbooksDir = folders.make('holdfast-runbooks-');
  const updates = path.join(runbooksDir, 'status-updates');
  fs.cpSync(SHIPPED, updates, { recursive: true });
  return { runbooksDir, updates };
}

describe('the shipped status update templates', () => {
  it('all load, with no problems, and cover every audience and the moments the reporter needs', () => {
    const kit = loadReporterKit(SHIPPED);
    expect(kit.problems).toEqual([]);
    expect(kit.cadenceMinutes).toEqual({ SEV1: 30, SEV2: 60, SEV3: 120, SEV4: 240 });
    expect(new Set(kit.templates.map((template) => template.audience))).toEqual(new Set(AUDIENCES));
    const customers = kit.templates.filter((template) => template.audience === 'customers');
    for (const status of ['investigating', 'identified', 'mitigated', 'resolved'] as const) {
      expect(customers.some((template) => template.statuses.includes(status)), `a customer template for ${status}`).toBe(true);
    }
    expect(kit.templates.map((template) => template.id)).toEqual(
      expect.arrayContaining(['internal-first-alert', 'partners-notification', 'management-briefing']),
    );
  });
});

describe('a status updates folder a person has edited', () => {
  it('keeps the good templates when one names an unknown placeholder, and says which file, line and placeholder', () => {
    const { updates } = runbooksCopy();
    const broken = path.join(updates, 'customers-eta.md');
    fs.writeFileSync(broken, '---\nid: customers-eta\ntitle: Customers — with an ETA\naudience: customers\n---\nWe are on it.\nFixed by {{eta}}.\n');
    const kit = loadReporterKit(updates);
    expect(kit.templates.map((template) => template.id)).not.toContain('customers-eta');
    expect(kit.templates).toHaveLength(loadReporterKit(SHIPPED).templates.length);
    expect(kit.problems).toEqual([{ file: broken, line: 7, message: expect.stringContaining('Unknown placeholder {{eta}}. The known placeholders are {{title}}') }]);
  });

  it('refuses a second template with an id already taken, naming the first', () => {
    const { updates } = runbooksCopy();
    const copy = path.join(updates, 'zz-copy.md');
    fs.copyFileSync(path.join(updates, 'customers-resolved.md'), copy);
    const kit = loadReporterKit(updates);
    expect(kit.templates.filter((template) => template.id === 'customers-resolved')).toHaveLength(1);
    expect(kit.problems).toEqual([{ file: copy, line: null, message: expect.stringContaining(path.join(updates, 'customers-resolved.md')) }]);
  });

  it('uses a cadence edited in the file, and refuses a bad value with its line while keeping the rest', () => {
    const { updates } = runbooksCopy();
    const cadenceFile = path.join(updates, 'cadence.yaml');
    fs.writeFileSync(cadenceFile, 'SEV1: 15\nSEV2: soon\nSEV3: 100\nSEV4: 200\n');
    const kit = loadReporterKit(updates);
    expect(kit.cadenceMinutes).toEqual({ SEV1: 15, SEV2: 60, SEV3: 100, SEV4: 200 });
    expect(kit.problems).toEqual([{ file: cadenceFile, line: 2, message: expect.stringContaining('SEV2 must be a whole number of minutes') }]);
  });

  it('falls back to the default cadence, and says so, when the cadence file is gone', () => {
    const { updates } = runbooksCopy();
    fs.rmSync(path.join(updates, 'cadence.yaml'));
    const kit = loadReporterKit(updates);
    expect(kit.cadenceMinutes).toEqual(DEFAULT_CADENCE_MINUTES);
    expect(kit.problems).toEqual([{ file: path.join(updates, 'cadence.yaml'), line: null, message: expect.stringContaining('no cadence file') }]);
  });

  it('leaves editor lock files alone, and refuses a file far too large to be a template', () => {
    const { updates } = runbooksCopy();
    fs.writeFileSync(path.join(updates, '.#customers-resolved.md'), 'ana@laptop.1234');
    const huge = path.join(updates, 'huge.md');
    fs.writeFileSync(huge, `---\nid: huge-template\ntitle: Huge\naudience: internal\n---\n${'x'.repeat(300 * 1024)}`);
    const kit = loadReporterKit(updates);
    expect(kit.templates).toHaveLength(loadReporterKit(SHIPPED).templates.length);
    expect(kit.problems).toEqual([{ file: huge, line: null, message: expect.stringContaining('a template is at most 256 KiB') }]);
  });

  it('reports a missing folder as a problem, not a failure', () => {
    const missing = path.join(folders.make(), 'status-updates');
    const kit = loadReporterKit(missing);
    expect(kit.templates).toEqual([]);
    expect(kit.problems).toEqual([{ file: missing, line: null, message: expect.stringContaining('it does not exist') }]);
  });

  it('is what the host hands the composer, read afresh each time', () => {
    const { runbooksDir, updates } = runbooksCopy();
    const host = hosts.openOn(folders.make(), { runbooksDir });
    expect(expectOk(host.run('getReporterKit', {})).cadenceMinutes.SEV1).toBe(30);
    fs.writeFileSync(path.join(updates, 'cadence.yaml'), 'SEV1: 10\nSEV2: 60\nSEV3: 120\nSEV4: 240\n');
    expect(expectOk(host.run('getReporterKit', {})).cadenceMinutes.SEV1).toBe(10);
  });
});

describe('the status page from the host', () => {
  it("is made from the incident's latest public update, once there is one", () => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Checkout is down', severity: 'SEV1', summary: '' }));
    expect(expectFailure(host.run('exportStatusPage', { incidentId })).message).toContain('No update to Customers has been published');
    const nextUpdateAt = Date.now() + 30 * 60_000;
    expectOk(host.run('publishStatusUpdate', { incidentId, audience: 'customers', text: 'We are investigating.', nextUpdateAt }));
    const page = expectOk(host.run('exportStatusPage', { incidentId }));
    expect(page.fileName).toBe('status-checkout-is-down.html');
    expect(page.content).toContain('<p>We are investigating.</p>');
    expect(page.content).toContain(`Next update by <time datetime="${new Date(nextUpdateAt).toISOString()}">`);
    expect(page.content).toMatch(/\d UTC<\/time>/);
  });

  it('is written in the zone asked for, named, like the post-mortem', () => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Checkout is down', severity: 'SEV1', summary: '' }));
    expectOk(host.run('publishStatusUpdate', { incidentId, audience: 'customers', text: 'We are investigating.', nextUpdateAt: null }));
    const page = expectOk(host.run('exportStatusPage', { incidentId, zone: 'Asia/Kolkata' }));
    expect(page.content).toMatch(/\d GMT\+5:30<\/time>/);
    expect(page.content).toContain('Times are in Asia/Kolkata');
    expect(expectFailure(host.run('exportStatusPage', { incidentId, zone: 'Mars/Olympus' })).message).toContain('The time zone is not one this laptop knows');
  });

  it('names an incident that is not there', () => {
    const host = hosts.openOn(folders.make());
    expect(expectFailure(host.run('exportStatusPage', { incidentId: 'abcdef0123456789' })).code).toBe('not_found');
  });
});
