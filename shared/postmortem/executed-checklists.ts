/**
 * A checklist as it was executed, for the post-mortem: per step who did it,
 * when, how long it took against what was expected, why a step was skipped
 * or blocked, why one went ahead before its needs were done, and who was
 * the second pair of eyes on a step that took two people. Read from
 * the step's history, which keeps every change from every laptop. The
 * post-mortem screen and every export show these steps, so they say the
 * same thing.
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
  /** Who put it in its status (ticked it done, skipped, blocked or started it); null when nobody changed its status. */
  readonly by: string | null;
  /** When it reached its status (finished, blocked, started); null for a step nobody touched. */
  readonly at: number | null;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  /** From start to finish; null when it was never started (see stepTook for how that reads). */
  readonly tookMs: number | null;
  readonly expectMs: number | null;
  /** Why it was skipped or blocked (the reason given with that status), '' otherwise. */
  readonly reason: string;
  /** Started or finished while its needs were not done, which someone chose and said why. */
  readonly overridden: boolean;
  /** Why it went ahead before its needs were done (the reason given with the override), '' when it did not. */
  readonly overrideReason: string;
  readonly checkedByHand: boolean;
  /** A four-eyes step marked done: who did it and who confirmed it (null while it awaits a second person); null otherwise. */
  readonly fourEyes: { readonly doneBy: string; readonly confirmedBy: string | null; readonly confirmedAt: number | null } | null;
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
  const last = statusChanges.at(-1);
  const touched = last !== undefined;
  // A step can go ahead twice (started ahead, reopened, started ahead again): the latest reason is the one that stood.
  const override = statusChanges.findLast((change) => change.override);
  return {
    id: step.id,
    title: step.title,
    phase: step.phase,
    added: step.added,
    status: step.status,
    // The author of the change the log holds, not the assignee: an assignee is whom the step was given
    // to, and when someone else ticks it done the record says they did. The post-mortem states what
    // was recorded, not who was expected to do it.
    by: last?.by ?? null,
    at: touched ? (step.finishedAt ?? last.at) : null,
    startedAt: step.startedAt,
    finishedAt: step.finishedAt,
    // A step ticked done without being started was timed by nobody: it has no duration, rather than one guessed from when it became ready.
    tookMs: step.startedAt !== null && step.finishedAt !== null ? Math.max(0, step.finishedAt - step.startedAt) : null,
    expectMs: step.expectMs,
    reason: step.status === 'skipped' || step.status === 'blocked' ? step.reason : '',
    overridden: override !== undefined,
    overrideReason: override?.text ?? '',
    checkedByHand: step.checkedByHand,
    fourEyes:
      step.confirmation === null
        ? null
        : { doneBy: step.confirmation.requestedBy, confirmedBy: step.confirmation.confirmedBy, confirmedAt: step.confirmation.confirmedAt },
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
