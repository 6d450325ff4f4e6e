import { describe, expect, it } from 'vitest';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

async function declare(dataDir: string, title: string): Promise<string> {
  const run = await holdfast(['declare', title, '--data', dataDir]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trimEnd().split('\n').at(-1)!;
}

function timelineTexts(dataDir: string, incidentId: string): string[] {
  const host = hosts.openOn(dataDir);
  try {
    return expectOk(host.run('getIncident', { incidentId })).timeline.map((entry) => entry.text);
  } finally {
    hosts.close(host);
  }
}

/** The shortest prefix (at least 4 characters) of `id` that no other id starts with. */
function uniquePrefix(id: string, others: readonly string[]): string {
  for (let length = 4; length < id.length; length += 1) {
    const prefix = id.slice(0, length);
    if (!others.some((other) => other.startsWith(prefix))) return prefix;
  }
  return id;
}

describe('holdfast note', () => {
  it('adds to the most recently declared open incident when none is named', async () => {
    const dataDir = folders.make();
    const older = await declare(dataDir, 'Older outage');
    const newer = await declare(dataDir, 'Newer outage');

    const run = await holdfast(['note', 'Error budget burned', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Added note to "Newer outage" (${newer}).`);
    expect(timelineTexts(dataDir, newer)).toContain('Error budget burned');
    expect(timelineTexts(dataDir, older)).not.toContain('Error budget burned');
  });

  it('skips resolved incidents when choosing the one to add to', async () => {
    const dataDir = folders.make();
    const older = await declare(dataDir, 'Still burning');
    const newer = await declare(dataDir, 'Already fixed');
    const host = hosts.openOn(dataDir);
    expectOk(host.run('changeStatus', { incidentId: newer, status: 'resolved' }));
    hosts.close(host);

    const run = await holdfast(['note', 'Still seeing errors', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(timelineTexts(dataDir, older)).toContain('Still seeing errors');
  });

  it('adds to the incident named by its full id or a unique prefix, with the kind asked for', async () => {
    const dataDir = folders.make();
    const first = await declare(dataDir, 'First');
    const second = await declare(dataDir, 'Second');

    const byId = await holdfast(['note', 'By full id', '--incident', first, '--data', dataDir]);
    const prefix = uniquePrefix(first, [second]);
    const byPrefix = await holdfast(['note', 'Chose to fail over', '--incident', prefix.toUpperCase(), '--kind', 'decision', '--data', dataDir]);
    expect(byId.code, byId.stderr).toBe(0);
    expect(byPrefix.code, byPrefix.stderr).toBe(0);
    expect(byPrefix.stdout).toContain('Added decision to "First"');

    const host = hosts.openOn(dataDir);
    const timeline = expectOk(host.run('getIncident', { incidentId: first })).timeline;
    expect(timeline.filter((entry) => entry.editable).map((entry) => [entry.kind, entry.text])).toEqual([
      ['note', 'By full id'],
      ['decision', 'Chose to fail over'],
    ]);
    // The last line is the new entry's id.
    expect(timeline.map((entry) => entry.id)).toContain(byPrefix.stdout.trimEnd().split('\n').at(-1));
  });

  it('refuses a prefix that matches more than one incident, and records nothing', async () => {
    const dataDir = folders.make();
    // Incidents synced from another laptop whose ids happen to share a beginning.
    const laptop = new SimulatedLaptop('Chen', () => Date.now());
    const seeding = hosts.openOn(dataDir);
    seeding.store.log.storeVerified([
      laptop.record('incident.declared', { incidentId: 'abcd1111aaaa', title: 'One', severity: 'SEV3', summary: '' }),
      laptop.record('incident.declared', { incidentId: 'abcd2222bbbb', title: 'Two', severity: 'SEV3', summary: '' }),
    ]);
    hosts.close(seeding);

    const run = await holdfast(['note', 'Which one?', '--incident', 'abcd', '--data', dataDir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/The id abcd matches 2 incidents; type more of it\./);
    expect(run.stdout).toBe('');
    const host = hosts.openOn(dataDir);
    expect(host.store.log.versionVector()).toEqual({ [laptop.device]: 2 });
  });
});
