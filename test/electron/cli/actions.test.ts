/**
 * `holdfast actions` from the terminal: a readable table, overdue first and
 * said in words, filtered to the open ones or to one owner whatever the
 * case typed, as JSON for scripts, and written out as CSV.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionListItem } from '../../../shared/actions/action-list.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

/** Two incidents' items: one long overdue, one done, one far ahead. */
function seeded(): string {
  const dataDir = folders.make();
  const host = hosts.openOn(dataDir);
  const checkout = expectOk(host.run('declareIncident', { title: 'Checkout is down', severity: 'SEV1' })).incidentId;
  const payments = expectOk(host.run('declareIncident', { title: 'Payments are slow', severity: 'SEV2' })).incidentId;
  expectOk(host.run('saveActionItem', { incidentId: checkout, what: 'Canary the config', owner: 'Ana Lopez', due: '2099-01-31', kind: 'prevent' }));
  expectOk(host.run('saveActionItem', { incidentId: payments, what: 'Alert on queue depth', owner: 'Ben Ode', due: '2020-03-01', kind: 'detect' }));
  const done = expectOk(host.run('saveActionItem', { incidentId: payments, what: 'Raise the pool size', owner: 'Ana Lopez', kind: 'mitigate' })).review.actions[1]!;
  expectOk(host.run('setActionStatus', { incidentId: payments, actionId: done.id, status: 'done' }));
  hosts.close(host);
  return dataDir;
}

describe('holdfast actions', () => {
  it('prints a table, overdue first and flagged in words, then a count', async () => {
    const dataDir = seeded();
    const run = await holdfast(['actions', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^STATUS\s+DUE\s+OWNER\s+ACTION\s+INCIDENT$/);
    expect(lines[1]).toMatch(/^Open\s+Overdue since 1 Mar 2020\s+Ben Ode\s+Alert on queue depth\s+Payments are slow/);
    expect(lines[2]).toMatch(/^Open\s+2099-01-31\s+Ana Lopez\s+Canary the config/);
    expect(lines[3]).toMatch(/^Done\s+no due date\s+Ana Lopez\s+Raise the pool size/);
    expect(lines[4]).toMatch(/^3 action items, 1 overdue \(judged on \d{4}-\d\d-\d\d\)\.$/);
  });

  it('keeps only the open or in-progress ones with --open, and one owner’s with --owner whatever the case', async () => {
    const dataDir = seeded();
    const open = await holdfast(['actions', '--open', '--owner', 'ana LOPEZ', '--data', dataDir]);
    expect(open.code, open.stderr).toBe(0);
    expect(open.stdout).toContain('Canary the config');
    expect(open.stdout).not.toContain('Raise the pool size');
    expect(open.stdout).not.toContain('Alert on queue depth');

    const nobody = await holdfast(['actions', '--owner', 'Zed', '--data', dataDir]);
    expect(nobody.stdout.trim()).toBe('No action items match.');
  });

  it('prints JSON with --json', async () => {
    const run = await holdfast(['actions', '--json', '--open', '--data', seeded()]);
    expect(run.code, run.stderr).toBe(0);
    const { items } = JSON.parse(run.stdout) as { items: ActionListItem[] };
    expect(items.map((item) => [item.what, item.overdue])).toEqual([
      ['Alert on queue depth', true],
      ['Canary the config', false],
    ]);
  });

  it('writes the CSV with export FILE, and asks for the file when none is given', async () => {
    const dataDir = seeded();
    const file = path.join(folders.make(), 'actions.csv');
    const run = await holdfast(['actions', 'export', file, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(`Wrote 3 action items to ${file}`);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^\uFEFFIncident,Incident title,Drill,Action,/);

    const missing = await holdfast(['actions', 'export', '--data', dataDir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Give the file to write the action items to');
  });
});
