/**
 * The critical path: the chain of steps through `needs` whose expected
 * durations add up to the most. However many people work in parallel, the
 * recovery takes at least that long, so it is what to watch and what to staff.
 *
 * A step with no expected duration counts as zero: the total is then a lower
 * bound, and `unestimated` names the steps on the path without one, so the
 * screen can say "at least 1h20m" and the author knows what to estimate.
 * Between chains of equal time, the one with more steps wins (it carries the
 * unknowns), then the one that ends on the earlier-written step.
 *
 * During an incident, finished steps (done or skipped) drop out entirely: a
 * step whose needs are finished can start now, whatever came before them.
 * A step in progress counts only what is left of its expected duration.
 */
import { dependencyOrder } from './dependency-order.js';
import type { Step } from './runbook.js';

export type TimedStep = Pick<Step, 'id' | 'needs' | 'expectMs'>;

export interface CriticalPath<S extends TimedStep = TimedStep> {
  /** First to last: each step needs the one before it. Empty when everything is finished. */
  readonly steps: readonly S[];
  readonly totalMs: number;
  /** Ids of the steps on the path with no expected duration (counted as zero). */
  readonly unestimated: readonly string[];
}

export interface ChecklistProgress {
  /** Done or skipped. */
  readonly finished: ReadonlySet<string>;
  /** For steps in progress: how long they have been running. */
  readonly elapsedMs?: ReadonlyMap<string, number>;
}

export function criticalPath<S extends TimedStep>(steps: readonly S[]): CriticalPath<S> {
  return remainingCriticalPath(steps, { finished: new Set() });
}

export function remainingCriticalPath<S extends TimedStep>(steps: readonly S[], progress: ChecklistProgress): CriticalPath<S> {
  const open = steps.filter((step) => !progress.finished.has(step.id));
  const position = new Map(open.map((step, index) => [step.id, index] as const));
  const chainTo = new Map<string, { ms: number; count: number; previous: S | null }>();
  const longer = (a: { ms: number; count: number }, b: { ms: number; count: number }) => a.ms > b.ms || (a.ms === b.ms && a.count > b.count);

  let end: S | null = null;
  for (const step of dependencyOrder(open)) {
    if (chainTo.has(step.id)) continue;
    let best: { ms: number; count: number; previous: S | null } = { ms: 0, count: 0, previous: null };
    for (const need of step.needs) {
      const chain = chainTo.get(need);
      if (chain === undefined || need === step.id) continue;
      const candidate = { ...chain, previous: open[position.get(need)!]! };
      const tie = !longer(best, candidate) && !longer(candidate, best);
      if (longer(candidate, best) || (tie && best.previous !== null && position.get(need)! < position.get(best.previous.id)!)) best = candidate;
    }
    const chain = { ms: best.ms + remainingMs(step, progress), count: best.count + 1, previous: best.previous };
    chainTo.set(step.id, chain);
    const endChain = end === null ? null : chainTo.get(end.id)!;
    if (endChain === null || longer(chain, endChain) || (!longer(endChain, chain) && position.get(step.id)! < position.get(end!.id)!)) end = step;
  }

  const path: S[] = [];
  for (let step = end; step !== null; step = chainTo.get(step.id)!.previous) path.unshift(step);
  return {
    steps: path,
    totalMs: end === null ? 0 : chainTo.get(end.id)!.ms,
    unestimated: path.filter((step) => step.expectMs === null).map((step) => step.id),
  };
}

function remainingMs(step: TimedStep, progress: ChecklistProgress): number {
  if (step.expectMs === null) return 0;
  return Math.max(0, step.expectMs - (progress.elapsedMs?.get(step.id) ?? 0));
}
