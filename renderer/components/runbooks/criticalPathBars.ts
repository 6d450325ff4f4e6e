/**
 * The critical path as a chain of bars: each step starts where the one it
 * needs ends, so the bars read left to right as the shortest possible
 * recovery. A step without an estimate gets a sliver, so it is still seen
 * (and its author asked for one).
 */
import { criticalPath, type TimedStep } from '../../../shared/runbooks/critical-path.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';

export interface PathBar<S> {
  readonly step: S;
  /** Where the bar starts and how long it is, as percentages of the path's total. */
  readonly startPercent: number;
  readonly widthPercent: number;
}

const SLIVER_PERCENT = 1.5;

export function criticalPathBars<S extends TimedStep>(steps: readonly S[]): { readonly bars: PathBar<S>[]; readonly totalMs: number; readonly unestimated: readonly string[] } {
  const path = criticalPath(steps);
  let startMs = 0;
  const bars = path.steps.map((step) => {
    const ms = step.expectMs ?? 0;
    const startPercent = path.totalMs > 0 ? (startMs / path.totalMs) * 100 : 0;
    const widthPercent = path.totalMs > 0 ? (ms / path.totalMs) * 100 : 0;
    startMs += ms;
    return { step, startPercent: Math.min(startPercent, 100 - SLIVER_PERCENT), widthPercent: Math.max(widthPercent, SLIVER_PERCENT) };
  });
  return { bars, totalMs: path.totalMs, unestimated: path.unestimated };
}

/** "9m30s", or "at least 9m30s (2 steps without an estimate)" when the path holds unknowns. */
export function formatCriticalPath(totalMs: number, unestimated: number): string {
  const figure = formatRunbookDuration(totalMs);
  if (unestimated === 0) return figure;
  return `at least ${figure} (${unestimated === 1 ? '1 step' : `${unestimated} steps`} without an estimate)`;
}
