import { describe, expect, it } from 'vitest';
import type { HostNotice } from '../../../shared/api.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { waitUntil } from '../../support/wait.js';

const { folders, hosts } = useScratch();

describe('a host watching its data folder', () => {
  it('picks up an incident and entry that another host wrote to the same folder', async () => {
    const dataDir = folders.make();
    const app = hosts.openOn(dataDir, { watchMs: 50 });
    const notices: HostNotice[] = [];
    app.onNotice((notice) => notices.push(notice));
    const other = hosts.openOn(dataDir, { fallbackAuthor: 'Bo' });

    const { incidentId } = expectOk(other.run('declareIncident', { title: 'Mail delivery delayed', severity: 'SEV3' }));
    const entry = expectOk(other.run('addEntry', { incidentId, text: 'Queue at 12k messages' }));

    const seen = await waitUntil(() => app.projection.entry(entry.id), { what: "the other host's entry to reach the app", timeoutMs: 5_000 });
    expect(seen).toEqual(entry);
    expect(expectOk(app.run('getIncident', { incidentId })).incident.declaredBy).toBe('Bo');
    expect(notices.some((notice) => notice.type === 'changed' && notice.entries.some((item) => item.id === entry.id))).toBe(true);
  });

  it('shows a note written from the terminal while it runs, and carries on the same numbering', async () => {
    const dataDir = folders.make();
    const app = hosts.openOn(dataDir, { watchMs: 50 });
    const { incidentId } = expectOk(app.run('declareIncident', { title: 'Mail delivery delayed', severity: 'SEV3' }));

    const run = await holdfast(['note', 'Spam filter restarted', '--kind', 'action', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);

    const entry = await waitUntil(
      () => expectOk(app.run('getIncident', { incidentId })).timeline.find((item) => item.text === 'Spam filter restarted'),
      { what: "the terminal's note to appear in the app", timeoutMs: 5_000 },
    );
    expect(entry.kind).toBe('action');
    expectOk(app.run('addEntry', { incidentId, text: 'Queue draining' }));
    expect(app.store.log.versionVector()).toEqual({ [app.deviceId]: 3 });
  });

  it('answers with what another process wrote as soon as it is asked, not only at its next look', () => {
    const dataDir = folders.make();
    // A look a minute away: what the answer holds cannot come from the timer.
    const app = hosts.openOn(dataDir, { watchMs: 60_000 });
    const other = hosts.openOn(dataDir, { fallbackAuthor: 'Bo' });
    const { incidentId } = expectOk(other.run('declareIncident', { title: 'Mail delivery delayed', severity: 'SEV3' }));

    // A peer could already have been sent it straight from the log; this laptop's own screen must not say it does not exist.
    expect(expectOk(app.run('getIncident', { incidentId })).incident.title).toBe('Mail delivery delayed');
  });
});
