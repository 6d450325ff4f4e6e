/**
 * A checklist's steps as the screen lists them: in dependency order, under
 * the runbook's own headings ("Decide", "Switch", "Verify"). A phase is
 * placed where its first step comes in that order, and keeps its steps in
 * that order, so the list still reads top to bottom as the work goes.
 */
import type { StepView } from '../../../shared/projection/checklist-views.js';

export interface PhaseGroup {
  /** The runbook's heading; null for steps written before any heading. */
  readonly phase: string | null;
  readonly steps: readonly StepView[];
}

export function groupByPhase(steps: readonly StepView[]): PhaseGroup[] {
  const groups = new Map<string | null, StepView[]>();
  for (const step of steps) {
    const group = groups.get(step.phase);
    if (group) group.push(step);
    else groups.set(step.phase, [step]);
  }
  return [...groups].map(([phase, grouped]) => ({ phase, steps: grouped }));
}

/** Each step's number as the list shows it, from 1: the dependency view and the critical path use the same. */
export function stepNumbers(groups: readonly PhaseGroup[]): ReadonlyMap<string, number> {
  return new Map(groups.flatMap((group) => group.steps).map((step, index) => [step.id, index + 1]));
}
