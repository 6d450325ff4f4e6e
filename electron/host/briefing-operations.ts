/**
 * The one-page briefing for management: one self-contained HTML page.
 * PLACEHOLDER (issue 16 contract): every method refuses until its part is built.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type BriefingMethod = 'exportBriefing';

function notYet(): never {
  throw new HoldfastFailure('unavailable', 'Not built yet.');
}

export const briefingOperations: OperationsFor<BriefingMethod> = {
  exportBriefing: () => notYet(),
};
