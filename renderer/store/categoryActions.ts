/**
 * An incident's categories: the call lands its incident in the store at
 * once (the host's notice follows and says the same); the form shows a
 * refusal beside what was chosen.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import { incidentMerger } from './mergeIncident.js';
import type { HoldfastStore } from './store.js';

export function createCategoryActions(api: HoldfastApi, store: HoldfastStore) {
  const mergeIncident = incidentMerger(store);
  return {
    categoriseIncident: (input: ApiInput<'categoriseIncident'>) => api.categoriseIncident(input).then(mergeIncident),
  };
}
