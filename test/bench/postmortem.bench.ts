/**
 * Exporting the post-mortem of a long incident: ten thousand timeline
 * entries (some written down later, some struck, fifty starred), roles
 * handed over, a checklist worked through, sections and action items
 * written. Timed from the incident as the host holds it (its view, timeline
 * and checklists) to the finished file, for each format: drafting the
 * document and rendering it, as `exportPostMortem` does.
 */
import { performance } from 'node:perf_hooks';
import type { IncidentDetail, PostMortemFormat } from '../../shared/api.js';
import { POST_MORTEM_FORMATS } from '../../shared/api.js';
import { postMortemFile } from '../../shared/postmortem/export-file.js';
import { DECLARED_AT, FixtureRoom } from '../shared/postmortem/postmortem-fixture.js';
import { ms, percentile, report } from './stats.js';

const ENTRIES = 10_000;
const WARM_UP = 2;
const MEASURED = 10;
const INCIDENT = 'long-incident';

function longIncident(): IncidentDetail {
  const room = new FixtureRoom();
  const laptops = ['Ana', 'Bo', 'Chen'].map((name) => room.laptop(name));
  const [ana, bo, chen] = laptops as [(typeof laptops)[number], (typeof laptops)[number], (typeof laptops)[number]];
  const incidentId = INCIDENT;
  room.at(0).record(ana, 'incident.declared', { incidentId, title: 'Ledger database lost', severity: 'SEV1', summary: 'Payments and refunds fail.' });
  room.record(ana, 'role.assigned', { incidentId, roleId: 'coordinator', person: 'Ana', personId: null, reason: '' });
  room.record(ana, 'role.assigned', { incidentId, roleId: 'reporter', person: 'Bo', personId: null, reason: '' });
  const steps = Array.from({ length: 40 }, (_, i) => ({
    stepId: `step-${i}`,
    title: `Recovery step ${i}`,
    details: '',
    needs: i === 0 ? [] : [`step-${i - 1}`],
    role: null,
    expectMs: 60_000,
    links: [],
    phase: null,
  }));
  room.record(ana, 'checklist.attached', { incidentId, checklistId: 'long-checklist', runbookId: 'restore', title: 'Full restore', targetMs: 3_600_000, steps });
  // Ten thousand entries over about 17 hours, one every 0.1 minutes.
  for (let i = 0; i < ENTRIES; i += 1) {
    const minutes = 1 + i / 10;
    const laptop = laptops[i % 3]!;
    room.at(minutes).record(laptop, 'timeline.noted', {
      incidentId,
      entryId: `entry-${i}`,
      kind: i % 7 === 0 ? 'action' : 'note',
      text: `Observation ${i}: replica lag back under a second on db-${i % 17} | *checked* by hand`,
      happenedAt: i % 5 === 0 ? DECLARED_AT + Math.round((minutes - 0.5) * 60_000) : null,
    });
    if (i % 200 === 0) room.record(laptop, 'timeline.starred', { incidentId, starredEntryId: `entry-${i}`, starred: true });
    if (i % 500 === 250) room.record(laptop, 'timeline.struck', { incidentId, entryId: `entry-${i}`, reason: 'Wrong host' });
    if (i % 250 === 0 && i / 250 < steps.length) {
      room.record(chen, 'step.status_changed', { incidentId, checklistId: 'long-checklist', stepId: `step-${i / 250}`, status: 'done', reason: '', override: false });
    }
    if (i === ENTRIES / 2) room.record(ana, 'role.assigned', { incidentId, roleId: 'coordinator', person: 'Chen', personId: null, reason: 'Shift change' });
  }
  room.at(1 + ENTRIES / 10 + 1).record(bo, 'incident.status_changed', { incidentId, status: 'resolved', reopened: false });
  room.record(bo, 'postmortem.section_written', { incidentId, section: 'went_badly', text: 'The restore took longer than its target.', replaces: null });
  room.record(bo, 'postmortem.action_saved', { incidentId, actionId: 'action-one', what: 'Test restores weekly', owner: 'Bo', ownerPersonId: null, due: null, kind: 'prevent' });
  return room.detail(incidentId);
}

function timed(detail: IncidentDetail, format: PostMortemFormat, now: number): { ms: number; bytes: number } {
  const started = performance.now();
  const file = postMortemFile(detail, format, now);
  return { ms: performance.now() - started, bytes: Buffer.byteLength(file.content) };
}

export function benchPostMortemExport(): void {
  const detail = longIncident();
  const now = detail.incident.declaredAt + 24 * 3_600_000;
  process.stdout.write(`(post-mortem of an incident with ${detail.timeline.length.toLocaleString('en')} timeline entries, ${detail.incident.keyMoments.length} key moments)\n`);
  for (const format of POST_MORTEM_FORMATS) {
    for (let i = 0; i < WARM_UP; i += 1) timed(detail, format, now);
    const runs = Array.from({ length: MEASURED }, () => timed(detail, format, now));
    const samples = runs.map((run) => run.ms);
    report(
      `post-mortem export, ${format}, 10,000 entries`,
      { median: ms(percentile(samples, 50)), max: ms(Math.max(...samples)), size: `${(runs[0]!.bytes / 1_048_576).toFixed(1)} MB` },
      'under 1 s',
    );
  }
}
