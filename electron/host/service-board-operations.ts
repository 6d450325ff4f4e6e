/**
 * An incident's service board: bringing services into scope, hand checks,
 * and a second person's confirmation of a four-eyes service.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type ServiceBoardMethod = 'scopeServices' | 'unscopeService' | 'checkService' | 'confirmService';

const notYet = () => {
  throw new HoldfastFailure('unavailable', 'The service board is still being built.');
};

export const serviceBoardOperations: OperationsFor<ServiceBoardMethod> = {
  scopeServices: notYet,
  unscopeService: notYet,
  checkService: notYet,
  confirmService: notYet,
};
