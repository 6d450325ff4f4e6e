import { describe, expect, it } from 'vitest';
import { idSchema } from '../../../shared/events.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1)!;
}

describe('holdfast declare', () => {
  it("prints the new incident's id alone on the last line, so scripts can capture it", async () => {
    const dataDir = folders.make();
    const run = await holdfast(['declare', 'Checkout returns 502', '--severity', 'sev1', '--summary', 'EU customers', '--data', dataDir]);

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Declared SEV1: Checkout returns 502\n/);
    const id = lastLine(run.stdout);
    expect(idSchema.safeParse(id).success).toBe(true);

    const host = hosts.openOn(dataDir);
    const { incident } = expectOk(host.run('getIncident', { incidentId: id }));
    expect(incident).toMatchObject({ title: 'Checkout returns 502', severity: 'SEV1', summary: 'EU customers', status: 'investigating' });
  });

  it('declares SEV3 when no severity is given, stamped with the name of the user at the terminal', async () => {
    const dataDir = folders.make();
    const run = await holdfast(['declare', 'Slow search', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);

    const host = hosts.openOn(dataDir);
    const { incident } = expectOk(host.run('getIncident', { incidentId: lastLine(run.stdout) }));
    expect(incident.severity).toBe('SEV3');
    expect(incident.declaredBy.length).toBeGreaterThan(0);
  });
});
