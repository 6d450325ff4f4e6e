/** Incidents' categories from the taxonomy file, and the trends across incidents (issue 17). */
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';

export type CategoryMethod = 'listCategories' | 'categoriseIncident';

const notBuilt = (): never => {
  throw new HoldfastFailure('unavailable', 'Not built yet (issue 17).');
};

export const categoryOperations: OperationsFor<CategoryMethod> = {
  listCategories: notBuilt,
  categoriseIncident: (context, { incidentId, causes, services, reason }) => {
    incidentOf(context, incidentId);
    context.record('incident.categorised', { incidentId, causes: [...new Set(causes)], services: [...new Set(services)], reason });
    return incidentOf(context, incidentId);
  },
};
