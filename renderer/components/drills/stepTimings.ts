/**
 * The drill's second measure: how long each step actually took against what
 * its author expected. The slow steps are where the runbook (or the team's
 * practice) needs work, so they are picked out.
 */
import { actualDurationMs } from '../../../shared/checklists/step-timing.js';
import type { StepStatus } from '../../../shared/events.js';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';

export interface StepTiming {
  readonly id: string;
  readonly title: string;
  readonly status: StepStatus;
  readonly expectMs: number | null;
  /** Null unless the step was done (a skipped step took no measurable time). */
  readonly actualMs: number | null;
  /** Took longer than expected; by how much in `overMs`. */
  readonly slow: boolean;
  readonly overMs: number;
}

/** In the checklist's dependency order. */
export function stepTimings(checklist: ChecklistView): StepTiming[] {
  return checklist.steps.map((step) => {
    const actualMs = actualDurationMs(step, checklist);
    const overMs = actualMs !== null && step.expectMs !== null ? Math.max(0, actualMs - step.expectMs) : 0;
    return { id: step.id, title: step.title, status: step.status, expectMs: step.expectMs, actualMs, slow: overMs > 0, overMs };
  });
}

/** The longest of the expected and actual times: every bar in the table is drawn against it. */
export function timingScaleMs(timings: readonly StepTiming[]): number {
  let longest = 0;
  for (const timing of timings) longest = Math.max(longest, timing.expectMs ?? 0, timing.actualMs ?? 0);
  return longest;
}

/** A bar's length as a percentage of the scale, 0 to 100. */
export function barPercent(ms: number | null, scaleMs: number): number {
  if (ms === null || scaleMs <= 0) return 0;
  return Math.min(100, Math.max(0, (ms / scaleMs) * 100));
}
