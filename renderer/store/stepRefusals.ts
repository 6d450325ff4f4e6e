/**
 * Why a step's button did nothing ("is waiting on …"), kept here rather than
 * in the step's row so it can be taken back when what caused it changes: the
 * step moves, one of its needs is finished, the incident's status changes.
 * A refusal is only ever true of the moment it was said; shown longer, it
 * tells a person at 3 a.m. to wait for something already done.
 */
import type { StateCreator } from 'zustand';
import type { HoldfastState } from './store.js';

export interface StepRefusal {
  readonly incidentId: string;
  readonly checklistId: string;
  readonly stepId: string;
  readonly message: string;
  /** What the refusal was about when it was said (stepCause); a different cause, and it no longer holds. */
  readonly cause: string;
}

export interface StepRefusalsSlice {
  /** By stepRefusalKey. */
  readonly stepRefusals: Readonly<Record<string, StepRefusal>>;
  readonly refuseStep: (refusal: Omit<StepRefusal, 'cause'>) => void;
  readonly clearStepRefusal: (checklistId: string, stepId: string) => void;
}

export function stepRefusalKey(checklistId: string, stepId: string): string {
  return `${checklistId}/${stepId}`;
}

/**
 * The step's status, the needs it still waits on, who confirmed it (a
 * four-eyes step), and its incident's status: everything a refusal of a
 * step's button can rest on. Null when
 * the step is not in the store (any more).
 */
export function stepCause(state: Pick<HoldfastState, 'checklists' | 'incidents'>, refusal: Omit<StepRefusal, 'cause' | 'message'>): string | null {
  const step = state.checklists[refusal.checklistId]?.steps.find((one) => one.id === refusal.stepId);
  const incident = state.incidents[refusal.incidentId];
  if (!step || !incident) return null;
  return JSON.stringify([step.status, step.waitingOn, step.confirmation?.confirmedBy ?? null, incident.status]);
}

/** The refusals still true in `state`; the same object when all are, so nothing redraws for nothing. */
export function standingRefusals(state: Pick<HoldfastState, 'checklists' | 'incidents' | 'stepRefusals'>): Readonly<Record<string, StepRefusal>> {
  let changed = false;
  const standing: Record<string, StepRefusal> = {};
  for (const [key, refusal] of Object.entries(state.stepRefusals)) {
    if (stepCause(state, refusal) === refusal.cause) standing[key] = refusal;
    else changed = true;
  }
  return changed ? standing : state.stepRefusals;
}

export const createStepRefusalsSlice: StateCreator<HoldfastState, [], [], StepRefusalsSlice> = (set) => ({
  stepRefusals: {},
  refuseStep: (refusal) =>
    set((state) => {
      const cause = stepCause(state, refusal);
      if (cause === null) return {};
      return { stepRefusals: { ...state.stepRefusals, [stepRefusalKey(refusal.checklistId, refusal.stepId)]: { ...refusal, cause } } };
    }),
  clearStepRefusal: (checklistId, stepId) =>
    set((state) => {
      const key = stepRefusalKey(checklistId, stepId);
      if (!(key in state.stepRefusals)) return {};
      const rest = { ...state.stepRefusals };
      delete rest[key];
      return { stepRefusals: rest };
    }),
});
