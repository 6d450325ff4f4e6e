import type { IncidentView } from '../../shared/projection/views.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';

/** Lands a write's answer, its incident, in the store at once (the host's notice follows and says the same). */
export function incidentMerger(store: HoldfastStore): (result: Result<IncidentView>) => Result<IncidentView> {
  return (result) => {
    if (result.ok) store.getState().mergeIncidents([result.value]);
    return result;
  };
}
