/**
 * A checklist as it was executed, for the post-mortem: per step who did it,
 * when, how long it took against what was expected, and why a step was
 * skipped or blocked. Read from the step's history, which keeps every change
 * from every laptop.
 */
import type { StepStatus } from '../events.js';
import type { ChecklistView, StepView } from '../projection/checklist-views.js';

export interface ExecutedStep {
  readonly id: string;
  readonly title: string;
  readonly phase: string | null;
  /** Added during the incident, not from the runbook. */
  readonly added: boolean;
  readonly status: StepStatus;
  /** Who did it: whoever took it, else whoever last changed its status; null when nobody touched it. */
  readonly by: string | null;
  /** When it reached its status (finished, blocked, started); null for a step nobody touched. */
  readonly at: number | null;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  /** From start to finish, when both are known. */
  readonly tookMs: number | null;
  readonly expectMs: number | null;
  /** Why it was skipped or blocked (the reason given with that status), '' otherwise. */
  readonly reason: string;
  /** Started or finished while its needs were not done, which someone chose and said why. */
  readonly overridden: boolean;
  readonly checkedByHand: boolean;
  readonly notes: readonly { readonly text: string; readonly at: number; readonly by: string }[];
}

export interface ExecutedChecklist {
  readonly id: string;
  readonly title: string;
  readonly runbookId: string;
  readonly attachedAt: number;
  readonly attachedBy: string;
  readonly targetMs: number | null;
  readonly completedAt: number | null;
  readonly counts: Readonly<Record<StepStatus, number>>;
  readonly steps: readonly ExecutedStep[];
}

function executedStep(step: StepView): ExecutedStep {
  const statusChanges = step.history.filter((change) => change.kind === 'status');
  const last = statusChanges[statusChanges.length - 1];
  const touched = last !== undefined;
  return {
    id: step.id,
    title: step.title,
    phase: step.phase,
    added: step.added,
    status: step.status,
    by: step.assignee ?? last?.by ?? null,
    at: touched ? (step.finishedAt ?? last.at) : null,
    startedAt: step.startedAt,
    finishedAt: step.finishedAt,
    tookMs: step.startedAt !== null && step.finishedAt !== null ? Math.max(0, step.finishedAt - step.startedAt) : null,
    expectMs: step.expectMs,
    reason: step.status === 'skipped' || step.status === 'blocked' ? step.reason : '',
    overridden: statusChanges.some((change) => change.override),
    checkedByHand: step.checkedByHand,
    notes: step.notes,
  };
}

export function executedChecklist(checklist: ChecklistView): ExecutedChecklist {
  const counts: Record<StepStatus, number> = { todo: 0, in_progress: 0, done: 0, blocked: 0, skipped: 0 };
  for (const step of checklist.steps) counts[step.status] += 1;
  return {
    id: checklist.id,
    title: checklist.title,
    runbookId: checklist.runbookId,
    attachedAt: checklist.attachedAt,
    attachedBy: checklist.attachedBy,
    targetMs: checklist.targetMs,
    completedAt: checklist.completedAt,
    counts,
    steps: checklist.steps.map(executedStep),
  };
}
