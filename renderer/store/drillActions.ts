/**
 * Who took part in drills: recording it (behind a form, which shows the
 * refusal) and when each person last rehearsed each role, read again
 * whenever a drill changes (see sync.ts), since the host sends no notice of
 * its own for it.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { IncidentView } from '../../shared/projection/views.js';
import type { Result } from '../../shared/result.js';
import { incidentMerger } from './mergeIncident.js';
import type { HoldfastStore } from './store.js';

export function createDrillActions(api: HoldfastApi, store: HoldfastStore) {
  const state = () => store.getState();
  const mergeIncident = incidentMerger(store);

  async function loadRehearsals(): Promise<void> {
    const result = await api.listRehearsals({});
    // A failed read keeps what is shown: the next change reads it again.
    if (result.ok) state().setRehearsals(result.value);
  }

  return {
    loadRehearsals,
    recordDrillParticipants: async (input: ApiInput<'recordDrillParticipants'>): Promise<Result<IncidentView>> => {
      const result = mergeIncident(await api.recordDrillParticipants(input));
      if (result.ok) void loadRehearsals();
      return result;
    },
  };
}
