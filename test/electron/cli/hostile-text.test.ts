/**
 * A laptop that is older than this version, or hostile, may sync text that
 * this version would refuse: an incident title carrying terminal escapes,
 * a bell, a NUL, a right-to-left override. It is kept (the log is the
 * record) and shown, but every command that prints what people wrote, and
 * the post-mortem, shows those characters as U+FFFD instead of obeying them.
 */
import { describe, expect, it } from 'vitest';
import type { IncidentView } from '../../../shared/projection/views.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { holdfast } from '../../support/processes.js';
import { useScratch } from '../../support/scratch.js';
import { neverPrintedIn } from '../../support/never-printed.js';

const { folders, hosts } = useScratch();

const ESC = '\u001b';
const HOSTILE_TITLE = `Checkout ${ESC}]0;all clear\u0007down ${ESC}[2J\u0000v\u202E1.4.2`;
const SHOWN_TITLE = 'Checkout \uFFFD]0;all clear\uFFFDdown \uFFFD[2J\uFFFDv\uFFFD1.4.2';
const HOSTILE_AUTHOR = `Mallory${ESC}[8m`;

/** A war room holding an incident synced from a hostile laptop, as sync stores it. */
function warRoomWithHostileIncident(): string {
  const dataDir = folders.make();
  const mallory = new SimulatedLaptop(HOSTILE_AUTHOR, () => Date.now());
  const events = [
    mallory.record('incident.declared', { incidentId: 'hostile-incident', title: HOSTILE_TITLE, severity: 'SEV1', summary: `Line one${ESC}[1A\rover` }),
    mallory.record('timeline.noted', { incidentId: 'hostile-incident', entryId: 'hostile-entry', kind: 'note', text: `Looks fine ${ESC}[31mreally\u202E`, happenedAt: null }),
  ];
  const host = hosts.openOn(dataDir);
  host.receiveEvents(events);
  hosts.close(host);
  return dataDir;
}

describe('text synced from a hostile laptop, printed', () => {
  it('is listed by holdfast incidents with its controls shown as U+FFFD', async () => {
    const dataDir = warRoomWithHostileIncident();
    const run = await holdfast(['incidents', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(neverPrintedIn(run.stdout)).toBeNull();
    expect(run.stdout).toMatch(/^hostile-incident {2}SEV1 {2}investigating\s+\S+ {2}(.*)\n$/);
    expect(run.stdout.trimEnd().split('  ').at(-1)).toBe(SHOWN_TITLE);
  });

  it('is listed as JSON with nothing a terminal would obey', async () => {
    const dataDir = warRoomWithHostileIncident();
    const run = await holdfast(['incidents', '--json', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(neverPrintedIn(run.stdout)).toBeNull();
    const [incident] = JSON.parse(run.stdout) as IncidentView[];
    expect(incident?.title).toBe(SHOWN_TITLE);
  });

  it('is neutralised in the Markdown post-mortem, author and timeline included', async () => {
    const dataDir = warRoomWithHostileIncident();
    const run = await holdfast(['export', '--incident', 'hostile-incident', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(neverPrintedIn(run.stdout)).toBeNull();
    expect(run.stdout.split('\n')[0]).toBe('# Post-mortem: Checkout \uFFFD\\]0;all clear\uFFFDdown \uFFFD\\[2J\uFFFDv\uFFFD1.4.2');
    expect(run.stdout).toContain('Looks fine \uFFFD\\[31mreally\uFFFD');
    expect(run.stdout).toContain('Mallory\uFFFD\\[8m');
  });

  it('is neutralised in the HTML post-mortem and in room show', async () => {
    const dataDir = warRoomWithHostileIncident();
    const html = await holdfast(['export', '--incident', 'hostile-incident', '--format', 'html', '--data', dataDir]);
    expect(html.code, html.stderr).toBe(0);
    expect(neverPrintedIn(html.stdout)).toBeNull();
    expect(html.stdout).toContain('<h1 dir="auto">Post-mortem: Checkout \uFFFD]0;all clear\uFFFDdown');

    const room = await holdfast(['room', 'show', '--data', dataDir]);
    expect(room.code, room.stderr).toBe(0);
    expect(neverPrintedIn(room.stdout)).toBeNull();
    expect(room.stdout).toContain('(Mallory\uFFFD[8m): 2 events');
  });
});
