/**
 * The post-mortem says who was the second pair of eyes on a step that took
 * two people, on the screen and in every export alike: "Done by Ana,
 * confirmed by Bo at 13:52". A four-eyes step nobody confirmed says so.
 */
import { describe, expect, it } from 'vitest';
import { draftPostMortem } from '../../../shared/postmortem/document.js';
import { stepWhy } from '../../../shared/postmortem/document-labels.js';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { postMortemJson } from '../../../shared/postmortem/postmortem-json.js';
import { DECLARED_AT, DRAFTED_AT, FixtureRoom } from './postmortem-fixture.js';

const MINUTE = 60_000;
const ID = 'primary-db-down';
const spec = (stepId: string, title: string, needs: string[]) => ({ stepId, title, details: '', needs, role: null, expectMs: 5 * MINUTE, links: [], phase: null, confirm: 'two' as const });

function room() {
  const room = new FixtureRoom();
  const ana = room.laptop('Ana');
  const bo = room.laptop('Bo');
  const checklist = { incidentId: ID, checklistId: 'failover' };
  room.at(0).record(ana, 'incident.declared', { incidentId: ID, title: 'Primary database down', severity: 'SEV1', summary: '' });
  room.at(1).record(ana, 'checklist.attached', {
    ...checklist,
    runbookId: 'database-failover',
    title: 'Database primary failover',
    targetMs: null,
    steps: [spec('fence-old-primary', 'Fence the old primary', []), spec('promote-replica', 'Promote the replica', ['fence-old-primary'])],
  });
  const fenced = room.at(10).record(ana, 'step.status_changed', { ...checklist, stepId: 'fence-old-primary', status: 'done', reason: '', override: false });
  room.at(12).record(bo, 'step.confirmed', { ...checklist, stepId: 'fence-old-primary', confirms: fenced.hlc });
  room.at(14).record(ana, 'step.status_changed', { ...checklist, stepId: 'promote-replica', status: 'done', reason: '', override: false });
  return room.detail(ID);
}

describe('a four-eyes step in the post-mortem', () => {
  const detail = room();
  const document = draftPostMortem(detail, DRAFTED_AT);
  const step = (id: string) => document.checklists[0]!.steps.find((each) => each.id === id)!;
  const confirmedAt = DECLARED_AT + 12 * MINUTE;
  const minute = new Date(confirmedAt).toISOString().slice(11, 16);

  it('says who did it and who confirmed it, and when', () => {
    expect(step('fence-old-primary').fourEyes).toEqual({ doneBy: 'Ana', confirmedBy: 'Bo', confirmedAt });
    expect(stepWhy(step('fence-old-primary'), 'UTC')[0]).toMatch(new RegExp(`^Done by Ana, confirmed by Bo at \\d{4}-\\d{2}-\\d{2} ${minute} UTC$`));
  });

  it('says plainly when nobody confirmed it', () => {
    expect(stepWhy(step('promote-replica'), 'UTC')).toEqual(['Done by Ana, not confirmed by a second person']);
  });

  it('says the same in the Markdown, the HTML and the JSON', () => {
    const markdown = postMortemFile(detail, 'md', DRAFTED_AT).content;
    const html = postMortemFile(detail, 'html', DRAFTED_AT).content;
    const json = postMortemJson(document);
    const sentence = stepWhy(step('fence-old-primary'), 'UTC')[0]!;
    expect(markdown).toContain(sentence);
    expect(html).toContain(sentence);
    expect(json.checklists[0]!.steps[0]!.fourEyes).toEqual({ doneBy: 'Ana', confirmedBy: 'Bo', confirmedAt: new Date(confirmedAt).toISOString() });
    expect(json.checklists[0]!.steps.find((each) => each.id === 'promote-replica')!.fourEyes).toEqual({ doneBy: 'Ana', confirmedBy: null, confirmedAt: null });
  });
});
