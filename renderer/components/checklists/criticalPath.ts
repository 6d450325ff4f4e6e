/**
 * What is left of the checklist's critical path, as a bar: one segment per
 * step on it, as long as the step is expected to take. However many hands
 * there are, recovery takes at least that long. A step without an expected
 * duration counts as nothing, so the figure is then "at least".
 */
import type { ChecklistView, StepView } from '../../../shared/projection/checklist-views.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';

export interface PathSegment {
  readonly step: StepView;
  readonly number: number;
  /** Null when the step has no expected duration. */
  readonly ms: number | null;
}

export interface RemainingPath {
  readonly segments: readonly PathSegment[];
  readonly totalMs: number;
  /** Some step on the path has no expected duration: the total is a lower bound. */
  readonly atLeast: boolean;
}

export function remainingPath(checklist: Pick<ChecklistView, 'steps' | 'progress'>, numbers: ReadonlyMap<string, number>): RemainingPath {
  const byId = new Map(checklist.steps.map((step) => [step.id, step] as const));
  const segments = checklist.progress.criticalPath.flatMap((id) => {
    const step = byId.get(id);
    return step ? [{ step, number: numbers.get(id) ?? 0, ms: step.expectMs }] : [];
  });
  return { segments, totalMs: checklist.progress.remainingMs, atLeast: checklist.progress.unestimated.length > 0 };
}

/** "at least 7m30s left, over 6 steps" / "nothing left": the sentence beside the bar and its accessible name. */
export function describeRemainingPath(path: RemainingPath): string {
  if (path.segments.length === 0) return 'Nothing left on the critical path';
  const steps = `${path.segments.length} ${path.segments.length === 1 ? 'step' : 'steps'}`;
  const unestimated = path.segments.filter((segment) => segment.ms === null).length;
  const caveat = unestimated === 0 ? '' : ` (${unestimated} without an expected duration)`;
  const time = path.totalMs === 0 ? 'Unknown time' : `${path.atLeast ? 'At least ' : ''}${formatRunbookDuration(path.totalMs)}`;
  return `${time} left on the critical path, over ${steps}${caveat}`;
}
