/**
 * What makes a set of steps impossible to follow: two steps with one id, a
 * step waiting for a step that does not exist, and steps waiting for each
 * other in a circle (none of them could ever start). Used by the parser, and
 * by anyone adding steps to a checklist during an incident.
 */
import type { LineProblem } from './front-matter.js';
import type { Step } from './runbook.js';

export type GraphStep = Pick<Step, 'id' | 'needs' | 'line'>;

export function stepGraphProblems(steps: readonly GraphStep[]): LineProblem[] {
  const problems: LineProblem[] = [];
  const firstById = new Map<string, GraphStep>();
  for (const step of steps) {
    const first = firstById.get(step.id);
    if (first) problems.push({ line: step.line, reason: `the step id "${step.id}" is already used by the step on line ${first.line}; give each step its own id` });
    else firstById.set(step.id, step);
  }
  const ids = [...firstById.keys()];
  for (const step of steps) {
    for (const need of step.needs) {
      if (need === step.id) problems.push({ line: step.line, reason: `the step "${step.id}" needs itself, so it could never start` });
      else if (!firstById.has(need)) {
        const near = nearest(need, ids);
        problems.push({
          line: step.line,
          reason: `the step "${step.id}" needs "${need}", but no step has that id${near === null ? '' : ` (did you mean "${near}"?)`}`,
        });
      }
    }
  }
  for (const cycle of findCycles([...firstById.values()])) {
    const words = cycle.map((id, index) => `${id} needs ${cycle[(index + 1) % cycle.length]}`).join(', ');
    problems.push({
      line: firstById.get(cycle[0]!)!.line,
      reason: `steps wait for each other in a circle, so none of them can ever start: ${words}`,
    });
  }
  return problems;
}

/**
 * One cycle per group of steps that wait on each other (a strongly connected
 * component, found with Tarjan's algorithm), named from its earliest step.
 * Self-needs are reported on their own, not here.
 */
export function findCycles(steps: readonly GraphStep[]): string[][] {
  const index = new Map(steps.map((step, position) => [step.id, position]));
  const needsOf = (id: string) => (steps[index.get(id)!]?.needs ?? []).filter((need) => need !== id && index.has(need));
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;

  // Iterative, so a runbook of a few thousand chained steps cannot overflow the call stack.
  for (const root of steps) {
    if (order.has(root.id)) continue;
    const frames: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
    order.set(root.id, counter);
    low.set(root.id, counter++);
    stack.push(root.id);
    onStack.add(root.id);
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const needs = needsOf(frame.id);
      if (frame.next < needs.length) {
        const need = needs[frame.next++]!;
        if (!order.has(need)) {
          order.set(need, counter);
          low.set(need, counter++);
          stack.push(need);
          onStack.add(need);
          frames.push({ id: need, next: 0 });
        } else if (onStack.has(need)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, order.get(need)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === order.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1) components.push(component);
      }
    }
  }

  return components
    .map((component) => {
      const members = new Set(component);
      const start = component.reduce((a, b) => (index.get(a)! < index.get(b)! ? a : b));
      return shortestCycleThrough(start, (id) => needsOf(id).filter((need) => members.has(need)));
    })
    .sort((a, b) => index.get(a[0]!)! - index.get(b[0]!)!);
}

/** Breadth first from `start` along needs until it comes back: the shortest circle through it. */
function shortestCycleThrough(start: string, needsOf: (id: string) => string[]): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const need of needsOf(id)) {
      if (need === start) {
        const path = [id];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      if (!cameFrom.has(need)) {
        cameFrom.set(need, id);
        queue.push(need);
      }
    }
  }
  return [start];
}

/** The known id a typo most likely meant: at most a third of its letters off. */
export function nearest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
