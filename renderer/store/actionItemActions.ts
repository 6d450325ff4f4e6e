/**
 * Action items followed to done: the list across incidents, a status moved
 * (queued in the outbox while the host is out of reach), the CSV. A status
 * change lands in its incident at once; the list follows when it is fetched again.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { HoldfastStore } from './store.js';
import { incidentMerger } from './mergeIncident.js';

export function createActionItemActions(api: HoldfastApi, store: HoldfastStore) {
  const state = () => store.getState();

  const mergeIncident = incidentMerger(store);

  return {
    loadActionList: async (zone: string) => {
      const result = await api.listActions({ zone });
      if (result.ok) state().setActionList(result.value);
      return result;
    },
    setActionStatus: (input: ApiInput<'setActionStatus'>) => api.setActionStatus(input).then(mergeIncident),
    exportActions: (zone: string) => api.exportActions({ zone }),
  };
}
