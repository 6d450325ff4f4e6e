/**
 * Shift hand-over briefs: drafted for a role, written by the outgoing holder, acknowledged by the incoming one.
 * PLACEHOLDER (issue 16 contract): every method refuses until its part is built.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type BriefMethod = 'draftBrief' | 'writeBrief' | 'acknowledgeBrief';

function notYet(): never {
  throw new HoldfastFailure('unavailable', 'Not built yet.');
}

export const briefOperations: OperationsFor<BriefMethod> = {
  draftBrief: () => notYet(),
  writeBrief: () => notYet(),
  acknowledgeBrief: () => notYet(),
};
