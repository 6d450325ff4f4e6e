/** Trends across incidents (issue 17): computed when asked, from the projection and the catalogue. */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type TrendsMethod = 'getTrends';

export const trendsOperations: OperationsFor<TrendsMethod> = {
  getTrends: () => {
    throw new HoldfastFailure('unavailable', 'Not built yet (issue 17).');
  },
};
