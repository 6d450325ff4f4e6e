/**
 * Incidents' categories from the taxonomy file. A setting names only causes
 * the file has and services the catalogue has, so trends count what people
 * recognise; what the incident carries already (a cause since dropped from
 * the file, a service since dropped from the catalogue) may stay, so saving
 * never loses it silently.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { categoryTaxonomyOf } from './category-taxonomy-lookup.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';

export type CategoryMethod = 'listCategories' | 'categoriseIncident';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);
const quoted = (ids: readonly string[]) => ids.map((id) => `“${id}”`).join(', ');

export const categoryOperations: OperationsFor<CategoryMethod> = {
  listCategories: (context) => categoryTaxonomyOf(context),

  categoriseIncident: (context, { incidentId, causes, services, reason }) => {
    const current = incidentOf(context, incidentId).categories;
    const chosenCauses = [...new Set(causes)];
    const chosenServices = [...new Set(services)];
    const taxonomy = categoryTaxonomyOf(context);

    const knownCauses = new Set([...taxonomy.causes.filter((cause) => !cause.retired).map((cause) => cause.id), ...current.causes]);
    const unknownCauses = chosenCauses.filter((id) => !knownCauses.has(id));
    if (unknownCauses.length > 0) {
      const listed = taxonomy.causes.filter((cause) => !cause.retired).map((cause) => cause.id);
      throw new HoldfastFailure(
        'invalid_input',
        `${unknownCauses.length === 1 ? 'The cause' : 'The causes'} ${quoted(unknownCauses)} ${unknownCauses.length === 1 ? 'is' : 'are'} not in the categories file. ${listed.length > 0 ? `The causes are: ${listed.join(', ')}.` : 'The categories file lists none.'}`,
        ['causes'],
      );
    }

    const knownServices = new Set([...taxonomy.services.map((service) => service.id), ...current.services]);
    const unknownServices = chosenServices.filter((id) => !knownServices.has(id));
    if (unknownServices.length > 0) {
      throw new HoldfastFailure(
        'invalid_input',
        `${unknownServices.length === 1 ? 'The service' : 'The services'} ${quoted(unknownServices)} ${unknownServices.length === 1 ? 'is' : 'are'} not in the service catalogue${taxonomy.services.length === 0 ? ', and this laptop has no catalogue: leave the services empty' : ''}.`,
        ['services'],
      );
    }

    if (sameList(chosenCauses, current.causes) && sameList(chosenServices, current.services)) {
      throw new HoldfastFailure(
        'conflict',
        current.history.length === 0 ? 'Choose at least one cause or service: the incident has no categories yet.' : 'These are the categories the incident has already: change a cause or a service to save.',
        ['causes'],
      );
    }

    context.record('incident.categorised', { incidentId, causes: chosenCauses, services: chosenServices, reason });
    return incidentOf(context, incidentId);
  },
};
