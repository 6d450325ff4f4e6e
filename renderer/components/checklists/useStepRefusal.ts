import { useEffect } from 'react';
import { useHoldfast } from '../../store/context.js';
import { stepRefusalKey } from '../../store/stepRefusals.js';

/**
 * What a step's row said when one of its buttons did nothing, and the way to
 * say it (or take it back: null). Held in the store, which takes it back by
 * itself once the step, its needs or the incident move on (stepRefusals.ts);
 * it goes too when the row leaves the screen, as a sentence said in passing.
 */
export function useStepRefusal(incidentId: string, checklistId: string, stepId: string): readonly [string | null, (message: string | null) => void] {
  const message = useHoldfast((state) => state.stepRefusals[stepRefusalKey(checklistId, stepId)]?.message ?? null);
  const refuseStep = useHoldfast((state) => state.refuseStep);
  const clearStepRefusal = useHoldfast((state) => state.clearStepRefusal);
  useEffect(() => () => clearStepRefusal(checklistId, stepId), [clearStepRefusal, checklistId, stepId]);
  function say(next: string | null) {
    if (next === null) clearStepRefusal(checklistId, stepId);
    else refuseStep({ incidentId, checklistId, stepId, message: next });
  }
  return [message, say] as const;
}
