/**
 * The company's channels, and which of them work in an incident, by a person's word.
 * PLACEHOLDER (issue 16 contract): every method refuses until its part is built.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type OutreachChannelMethod = 'listChannels' | 'markChannel';

function notYet(): never {
  throw new HoldfastFailure('unavailable', 'Not built yet.');
}

export const outreachChannelOperations: OperationsFor<OutreachChannelMethod> = {
  listChannels: () => notYet(),
  markChannel: () => notYet(),
};
