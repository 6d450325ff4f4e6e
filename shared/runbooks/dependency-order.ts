/**
 * The order to work a checklist in, and what can be started now. "Finished"
 * means done or skipped: a skipped step no longer holds anyone up; the
 * checklist decides which steps count and passes their ids.
 *
 * Steps are given in the order they are written. The helpers are total: a
 * need naming no step is ignored for ordering but never satisfied for
 * readiness; steps caught in a cycle (which the parser refuses) come last.
 */
import type { Step } from './runbook.js';

export type OrderedStep = Pick<Step, 'id' | 'needs'>;

/**
 * Every step after the steps it needs; among steps free to go, the one
 * written first goes first, so a runbook already written in a sensible
 * order is returned unchanged.
 */
export function dependencyOrder<S extends OrderedStep>(steps: readonly S[]): S[] {
  const position = new Map<string, number>();
  steps.forEach((step, index) => {
    if (!position.has(step.id)) position.set(step.id, index);
  });
  const waitingFor = steps.map((step) => new Set(step.needs.filter((need) => need !== step.id && position.has(need))));
  const dependents = new Map<string, number[]>();
  steps.forEach((step, index) => {
    for (const need of waitingFor[index]!) dependents.set(need, [...(dependents.get(need) ?? []), index]);
  });

  const placed = new Array<boolean>(steps.length).fill(false);
  const order: S[] = [];
  // Positions of steps whose needs are all placed, smallest first. Runbooks are
  // tens of steps, a large one a few hundred: a sorted array is plenty.
  const free = steps.map((_, index) => index).filter((index) => waitingFor[index]!.size === 0);
  while (free.length > 0) {
    const index = free.shift()!;
    placed[index] = true;
    order.push(steps[index]!);
    const id = steps[index]!.id;
    if (position.get(id) !== index) continue;
    for (const dependent of dependents.get(id) ?? []) {
      const remaining = waitingFor[dependent]!;
      remaining.delete(id);
      if (remaining.size === 0 && !placed[dependent]) insertSorted(free, dependent);
    }
  }
  steps.forEach((step, index) => {
    if (!placed[index]) order.push(step);
  });
  return order;
}

/** The needs of `step` not yet finished: what it is waiting on. */
export function waitingOn(step: OrderedStep, finished: ReadonlySet<string>): string[] {
  return step.needs.filter((need) => !finished.has(need));
}

export function isReady(step: OrderedStep, finished: ReadonlySet<string>): boolean {
  return !finished.has(step.id) && waitingOn(step, finished).length === 0;
}

/** The unfinished steps whose needs are all finished, in dependency order. */
export function readySteps<S extends OrderedStep>(steps: readonly S[], finished: ReadonlySet<string>): S[] {
  return dependencyOrder(steps).filter((step) => isReady(step, finished));
}

function insertSorted(sorted: number[], value: number): void {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, value);
}
