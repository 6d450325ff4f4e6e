/**
 * The post-mortem screen and its exports tell one story: the screen renders
 * the document every export is drafted from (draftPostMortem), in the words
 * of document-labels.ts. Built from real events, what that document says of
 * a step, a key moment and an override is what the Markdown, the HTML and
 * the JSON say.
 */
import { describe, expect, it } from 'vitest';
import { draftPostMortem } from '../../../shared/postmortem/document.js';
import { stepStatus, stepTook, stepWhy, struckLeftOutSentence } from '../../../shared/postmortem/document-labels.js';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { postMortemJson } from '../../../shared/postmortem/postmortem-json.js';
import { DECLARED_AT, DRAFTED_AT, FixtureRoom } from './postmortem-fixture.js';

const MINUTE = 60_000;
const ID = 'checkout-502';
const FENCED_AHEAD = 'The vendor confirmed the replica is current';
const STARTED_AHEAD = 'Customers are waiting; the drain can run alongside';

const spec = (stepId: string, title: string, needs: string[]) => ({ stepId, title, details: '', needs, role: null, expectMs: 5 * MINUTE, links: [], phase: null });

/**
 * Ana has the restart, and Bo ticks it done without starting it; Bo fences
 * ahead of its need; Ana starts the check ahead of its need and finishes it
 * once the need is done; a starred entry is struck out.
 */
function room() {
  const room = new FixtureRoom();
  const ana = room.laptop('Ana');
  const bo = room.laptop('Bo');
  const checklist = { incidentId: ID, checklistId: 'failover' };
  room.at(0).record(ana, 'incident.declared', { incidentId: ID, title: 'Checkout returns 502', severity: 'SEV2', summary: '' });
  room.at(1).record(ana, 'checklist.attached', {
    ...checklist,
    runbookId: 'failover',
    title: 'Failover',
    targetMs: null,
    steps: [
      spec('drain-primary', 'Drain the old primary', []),
      spec('fence-primary', 'Fence the old primary', ['drain-primary']),
      spec('restart-nodes', 'Restart the checkout nodes', []),
      spec('check-payments', 'Check payments go through', ['drain-primary']),
    ],
  });
  room.at(2).record(ana, 'step.assigned', { ...checklist, stepId: 'restart-nodes', person: 'Ana', personId: null });
  room.at(11).record(bo, 'step.status_changed', { ...checklist, stepId: 'restart-nodes', status: 'done', reason: '', override: false });
  room.at(12).record(bo, 'step.status_changed', { ...checklist, stepId: 'fence-primary', status: 'done', reason: FENCED_AHEAD, override: true });
  room.at(13).record(ana, 'step.status_changed', { ...checklist, stepId: 'check-payments', status: 'in_progress', reason: STARTED_AHEAD, override: true });
  room.at(14).record(ana, 'step.status_changed', { ...checklist, stepId: 'drain-primary', status: 'skipped', reason: 'Already drained by the load balancer', override: false });
  room.at(16).record(ana, 'step.status_changed', { ...checklist, stepId: 'check-payments', status: 'done', reason: '', override: false });
  room.at(17).record(bo, 'timeline.noted', { incidentId: ID, entryId: 'entry-wrong-host', kind: 'note', text: 'Replica lag 40 s on db-7', happenedAt: null });
  room.at(18).record(ana, 'timeline.starred', { incidentId: ID, starredEntryId: 'entry-wrong-host', starred: true });
  room.at(19).record(bo, 'timeline.struck', { incidentId: ID, entryId: 'entry-wrong-host', reason: 'Wrong host' });
  return room.detail(ID);
}

describe('the post-mortem screen and its exports', () => {
  const detail = room();
  const document = draftPostMortem(detail, DRAFTED_AT);
  const markdown = postMortemFile(detail, 'md', DRAFTED_AT).content;
  const html = postMortemFile(detail, 'html', DRAFTED_AT).content;
  const json = postMortemJson(document);
  const step = (id: string) => document.checklists[0]!.steps.find((each) => each.id === id)!;
  const jsonStep = (id: string) => json.checklists[0]!.steps.find((each) => each.id === id)!;
  const markdownRow = (title: string) => markdown.split('\n').find((line) => line.includes(`| ${title} |`))!;

  it('say a step ticked done without being started was done by who ticked it, in a time nobody measured', () => {
    const restart = step('restart-nodes');
    expect([restart.by, restart.at, restart.tookMs]).toEqual(['Bo', DECLARED_AT + 11 * MINUTE, null]);
    expect(stepTook(restart)).toBe('not measured (never started)');
    expect(jsonStep('restart-nodes')).toMatchObject({ by: 'Bo', tookMs: null });
    // The screen's cells, in the Markdown's row: the same status, person and time in the same words.
    for (const cell of [stepStatus(restart), 'Bo', stepTook(restart)]) expect(markdownRow('Restart the checkout nodes')).toContain(`| ${cell} |`);
    expect(html).toContain('<td>not measured (never started)</td>');
  });

  it('time a started step from its start to its finish', () => {
    expect(step('check-payments')).toMatchObject({ by: 'Ana', startedAt: DECLARED_AT + 13 * MINUTE, tookMs: 3 * MINUTE });
    expect(stepTook(step('check-payments'))).toBe('3m 00s');
  });

  it('leave a struck-out entry out of the key moments and the chronology, and say so', () => {
    expect(document.timeline.keyMoments).toEqual([]);
    expect(document.timeline.chronology.map((line) => line.id)).not.toContain('entry-wrong-host');
    expect(json.timeline.keyMoments).toEqual([]);
    const sentence = struckLeftOutSentence(document.timeline.struckLeftOut);
    expect(sentence).toBe('1 struck-out entry is left out.');
    expect(markdown).toContain(sentence);
    expect(markdown).not.toContain('Replica lag 40 s on db-7');
    expect(html).toContain(sentence);
  });

  it('give the reason a step went ahead of its needs, finished ahead or started ahead', () => {
    expect([step('fence-primary').overrideReason, step('check-payments').overrideReason]).toEqual([FENCED_AHEAD, STARTED_AHEAD]);
    expect([jsonStep('fence-primary').overrideReason, jsonStep('check-payments').overrideReason]).toEqual([FENCED_AHEAD, STARTED_AHEAD]);
    expect(stepWhy(step('fence-primary'), 'UTC')).toEqual([`Went ahead before its needs were done: ${FENCED_AHEAD}`]);
    expect(markdownRow('Fence the old primary')).toContain(`| Done (needs overridden) | Bo |`);
    expect(markdownRow('Fence the old primary')).toContain(`Went ahead before its needs were done: ${FENCED_AHEAD}`);
    expect(markdownRow('Check payments go through')).toContain(`Went ahead before its needs were done: ${STARTED_AHEAD}`);
    expect(html).toContain(`Went ahead before its needs were done: ${FENCED_AHEAD}`);
    expect(stepWhy(step('drain-primary'), 'UTC')).toEqual(['Already drained by the load balancer']);
    expect(jsonStep('drain-primary')).toMatchObject({ reason: 'Already drained by the load balancer', overrideReason: '', overridden: false });
  });
});
