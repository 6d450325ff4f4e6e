/** Readiness (issue 17): runbooks' review and drill flags, and each team's checklist answered. */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type ReadinessMethod = 'getReadiness' | 'answerReadiness';

const notBuilt = (): never => {
  throw new HoldfastFailure('unavailable', 'Not built yet (issue 17).');
};

export const readinessOperations: OperationsFor<ReadinessMethod> = {
  getReadiness: notBuilt,
  answerReadiness: notBuilt,
};
