import { describe, expect, it } from 'vitest';
import type { ChecklistView, StepView } from '../../../../shared/projection/checklist-views.js';
import { barPercent, stepTimings, timingScaleMs } from '../../../../renderer/components/drills/stepTimings.js';
import { step as stepView } from '../checklists/steps.js';

const ATTACHED = 1_700_000_000_000;
const m = (minutes: number) => minutes * 60_000;

/** A step of the drilled checklist, named "Step <id>". */
function step(id: string, fields: Pick<StepView, 'status' | 'expectMs'> & Partial<Pick<StepView, 'needs' | 'startedAt' | 'finishedAt'>>): StepView {
  return stepView({ id, title: `Step ${id}`, ...fields });
}

function checklist(steps: StepView[]): ChecklistView {
  return {
    id: 'checklist-1',
    incidentId: 'incident-1',
    runbookId: 'database-failover',
    title: 'Database primary failover',
    targetMs: m(10),
    attachedAt: ATTACHED,
    attachedBy: 'Ana',
    steps,
    progress: { total: steps.length, done: 0, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0, remainingMs: 0, criticalPath: [], unestimated: [] },
    completedAt: null,
  };
}

describe('each step of a drill against its estimate', () => {
  const timings = stepTimings(
    checklist([
      step('confirm', { status: 'done', expectMs: m(2), startedAt: ATTACHED, finishedAt: ATTACHED + m(5) }),
      // Ticked done without being started: it ran from when its need finished.
      step('promote', { status: 'done', expectMs: m(3), needs: ['confirm'], finishedAt: ATTACHED + m(6) }),
      step('announce', { status: 'skipped', expectMs: m(1), needs: ['promote'], finishedAt: ATTACHED + m(7) }),
      step('extra', { status: 'done', expectMs: null, startedAt: ATTACHED + m(1), finishedAt: ATTACHED + m(2) }),
    ]),
  );

  it('measures a step from its start, or from when it became ready, to when it was done', () => {
    expect(timings.map((timing) => timing.actualMs)).toEqual([m(5), m(1), null, m(1)]);
  });

  it('calls a step slow only when it took longer than expected, and says by how much', () => {
    expect(timings.map((timing) => [timing.id, timing.slow, timing.overMs])).toEqual([
      ['confirm', true, m(3)],
      ['promote', false, 0],
      ['announce', false, 0],
      ['extra', false, 0],
    ]);
  });

  it('draws every bar against the longest of all expected and actual times', () => {
    expect(timingScaleMs(timings)).toBe(m(5));
    expect(barPercent(m(5), m(5))).toBe(100);
    expect(barPercent(m(1), m(4))).toBe(25);
    expect(barPercent(null, m(5))).toBe(0);
    expect(barPercent(m(1), 0)).toBe(0);
  });
});
