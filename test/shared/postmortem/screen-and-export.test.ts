/**
 * The post-mortem screen and its exports tell one story: built from the
 * same events, what the screen shows of a step, of a key moment and of an
 * override is what the Markdown and the JSON say.
 */
import { describe, expect, it } from 'vitest';
import { keyMomentEntries } from '../../../renderer/components/postmortem/chronology.js';
import { executedSteps } from '../../../renderer/components/postmortem/executedSteps.js';
import { draftPostMortem } from '../../../shared/postmortem/document.js';
import { postMortemJson } from '../../../shared/postmortem/postmortem-json.js';
import { DECLARED_AT, DRAFTED_AT, FixtureRoom } from './postmortem-fixture.js';

const MINUTE = 60_000;
const ID = 'checkout-502';
const OVERRIDE_REASON = 'The vendor confirmed the replica is current';

const spec = (stepId: string, title: string, needs: string[]) => ({ stepId, title, details: '', needs, role: null, expectMs: 5 * MINUTE, links: [], phase: null });

/** Ana has the restart, Bo ticks it done without starting it; Bo fences ahead of its need; a starred entry is struck. */
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
    steps: [spec('drain-primary', 'Drain the old primary', []), spec('fence-primary', 'Fence the old primary', ['drain-primary']), spec('restart-nodes', 'Restart the checkout nodes', [])],
  });
  room.at(2).record(ana, 'step.assigned', { ...checklist, stepId: 'restart-nodes', person: 'Ana', personId: null });
  room.at(11).record(bo, 'step.status_changed', { ...checklist, stepId: 'restart-nodes', status: 'done', reason: '', override: false });
  room.at(12).record(bo, 'step.status_changed', { ...checklist, stepId: 'fence-primary', status: 'done', reason: OVERRIDE_REASON, override: true });
  room.at(13).record(bo, 'timeline.noted', { incidentId: ID, entryId: 'entry-wrong-host', kind: 'note', text: 'Replica lag 40 s on db-7', happenedAt: null });
  room.at(14).record(ana, 'timeline.starred', { incidentId: ID, starredEntryId: 'entry-wrong-host', starred: true });
  room.at(15).record(bo, 'timeline.struck', { incidentId: ID, entryId: 'entry-wrong-host', reason: 'Wrong host' });
  return room.detail(ID);
}

describe('the post-mortem screen and its exports', () => {
  const detail = room();
  const document = draftPostMortem(detail, DRAFTED_AT);
  const json = postMortemJson(document);
  const screen = executedSteps(detail.checklists[0]!);
  const exported = (id: string) => document.checklists[0]!.steps.find((step) => step.id === id)!;
  const shown = (id: string) => screen.find((step) => step.id === id)!;

  it('agree on who did a step ticked done without being started, and on how long it took', () => {
    expect(exported('restart-nodes').finishedAt).toBe(DECLARED_AT + 11 * MINUTE);
    expect([shown('restart-nodes').who, shown('restart-nodes').tookMs]).toEqual([exported('restart-nodes').by, exported('restart-nodes').tookMs]);
  });

  it('agree on the key moments: an entry struck out is not one', () => {
    const onScreen = keyMomentEntries(detail.timeline, detail.incident.keyMoments).map(({ entry }) => entry.id);
    expect(onScreen).toEqual(document.timeline.keyMoments.map((line) => line.id));
  });

  it('both give the reason a step went ahead of its needs', () => {
    expect(shown('fence-primary').reason).toBe(OVERRIDE_REASON);
    expect(json.checklists[0]!.steps.find((step) => step.id === 'fence-primary')!.reason).toBe(OVERRIDE_REASON);
  });
});
