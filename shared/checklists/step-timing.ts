/**
 * How long a step actually took, against what was expected: the drill's
 * measure of each step. A step marked in progress runs from then; one ticked
 * done straight away runs from when it became ready (its last need
 * finished, or the checklist attached).
 */
import type { ChecklistView, StepView } from '../projection/checklist-views.js';

export function actualDurationMs(step: StepView, checklist: ChecklistView): number | null {
  if (step.status !== 'done' || step.finishedAt === null) return null;
  if (step.startedAt !== null && step.startedAt <= step.finishedAt) return step.finishedAt - step.startedAt;
  let readyAt = checklist.attachedAt;
  for (const need of step.needs) {
    const finished = checklist.steps.find((candidate) => candidate.id === need)?.finishedAt ?? null;
    if (finished !== null && finished > readyAt) readyAt = finished;
  }
  return Math.max(0, step.finishedAt - readyAt);
}
