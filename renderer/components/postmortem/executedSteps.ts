/**
 * A checklist as it was executed, for the post-mortem: each step with who
 * did it, when it finished, how long it took, and for a skipped or blocked
 * step the reason given.
 */
import { actualDurationMs } from '../../../shared/checklists/step-timing.js';
import type { StepStatus } from '../../../shared/events.js';
import type { ChecklistView, StepView } from '../../../shared/projection/checklist-views.js';

export interface ExecutedStep {
  readonly id: string;
  readonly title: string;
  readonly status: StepStatus;
  /** Who moved it to its current status; else whom it is assigned to; else null. */
  readonly who: string | null;
  readonly finishedAt: number | null;
  /** Done steps only: a skipped one took no measurable time. */
  readonly tookMs: number | null;
  /** Why it was skipped or blocked; '' when no reason applies. */
  readonly reason: string;
  /** Started or finished before its needs were done. */
  readonly overridden: boolean;
}

function lastStatusChange(step: StepView) {
  for (let index = step.history.length - 1; index >= 0; index -= 1) {
    const change = step.history[index]!;
    if (change.kind === 'status' && change.to === step.status) return change;
  }
  return null;
}

export function executedSteps(checklist: ChecklistView): ExecutedStep[] {
  return checklist.steps.map((step) => {
    const change = step.status === 'todo' ? null : lastStatusChange(step);
    return {
      id: step.id,
      title: step.title,
      status: step.status,
      who: change?.by ?? step.assignee,
      finishedAt: step.finishedAt,
      tookMs: actualDurationMs(step, checklist),
      reason: step.status === 'skipped' || step.status === 'blocked' ? step.reason : '',
      overridden: step.history.some((each) => each.kind === 'status' && each.override),
    };
  });
}
