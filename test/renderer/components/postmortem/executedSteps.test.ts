import { describe, expect, it } from 'vitest';
import { executedSteps } from '../../../../renderer/components/postmortem/executedSteps.js';
import type { ChecklistView } from '../../../../shared/projection/checklist-views.js';
import { step } from '../checklists/steps.js';

const T0 = 1_795_000_000_000;
const MINUTE = 60_000;

function checklist(steps: ChecklistView['steps']): ChecklistView {
  return {
    id: 'c1',
    incidentId: 'i1',
    runbookId: 'database-failover',
    title: 'Database primary failover',
    targetMs: null,
    attachedAt: T0,
    attachedBy: 'Ana',
    steps,
    progress: { total: steps.length, done: 0, skipped: 0, blocked: 0, inProgress: 0, remainingMs: 0, criticalPath: [], unestimated: [] },
    completedAt: null,
  };
}

const change = (to: 'in_progress' | 'done' | 'skipped' | 'blocked', at: number, by: string, text = '', override = false) => ({
  kind: 'status' as const,
  from: null,
  to,
  text,
  override,
  at,
  by,
});

describe('a checklist as it was executed', () => {
  it('says who did each step, when it finished and how long it took', () => {
    const [fence] = executedSteps(
      checklist([
        step({
          id: 'fence',
          title: 'Fence the old primary',
          status: 'done',
          startedAt: T0 + 2 * MINUTE,
          finishedAt: T0 + 9 * MINUTE,
          assignee: 'Ana',
          history: [change('in_progress', T0 + 2 * MINUTE, 'Ana'), change('done', T0 + 9 * MINUTE, 'Dev')],
        }),
      ]),
    );
    expect(fence).toMatchObject({ title: 'Fence the old primary', status: 'done', who: 'Dev', finishedAt: T0 + 9 * MINUTE, tookMs: 7 * MINUTE, reason: '' });
  });

  it('keeps the reason of a skipped or blocked step, and marks one worked ahead of its needs', () => {
    const steps = executedSteps(
      checklist([
        step({ id: 'dns', title: 'Move DNS', status: 'skipped', reason: 'DNS was not involved', finishedAt: T0, history: [change('skipped', T0, 'Bo', 'DNS was not involved')] }),
        step({ id: 'vendor', title: 'Call the vendor', status: 'blocked', reason: 'no answer from their desk', history: [change('blocked', T0, 'Bo', 'no answer from their desk', true)] }),
        step({ id: 'later', title: 'Write up', status: 'todo', assignee: 'Chloé' }),
      ]),
    );
    expect(steps.map((each) => [each.title, each.who, each.reason, each.tookMs, each.overridden])).toEqual([
      ['Move DNS', 'Bo', 'DNS was not involved', null, false],
      ['Call the vendor', 'Bo', 'no answer from their desk', null, true],
      ['Write up', 'Chloé', '', null, false],
    ]);
  });
});
