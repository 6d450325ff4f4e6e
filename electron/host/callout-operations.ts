/**
 * The call-out: who must be told when an incident is declared, and how far calling each has got.
 * PLACEHOLDER (issue 16 contract): every method refuses until its part is built.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type CalloutMethod = 'listCalloutPlan' | 'startCallout' | 'addCallees' | 'progressCallout';

function notYet(): never {
  throw new HoldfastFailure('unavailable', 'Not built yet.');
}

export const calloutOperations: OperationsFor<CalloutMethod> = {
  listCalloutPlan: () => notYet(),
  startCallout: () => notYet(),
  addCallees: () => notYet(),
  progressCallout: () => notYet(),
};
