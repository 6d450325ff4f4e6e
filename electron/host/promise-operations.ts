/**
 * Promises made to people outside the room, each followed to kept, broken or withdrawn.
 * PLACEHOLDER (issue 16 contract): every method refuses until its part is built.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type PromiseMethod = 'makePromise' | 'changePromiseDue' | 'closePromise';

function notYet(): never {
  throw new HoldfastFailure('unavailable', 'Not built yet.');
}

export const promiseOperations: OperationsFor<PromiseMethod> = {
  makePromise: () => notYet(),
  changePromiseDue: () => notYet(),
  closePromise: () => notYet(),
};
