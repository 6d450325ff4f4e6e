/**
 * The categories as operations see them: the causes file read afresh on
 * every call (the shipped one with each own runbook folder's over it), the
 * catalogue's services, and any cause an incident in the log was
 * categorised with that the file has since dropped.
 */
import { withRetiredCauses } from '../../shared/categories/build-taxonomy.js';
import type { CategoryTaxonomyView } from '../../shared/categories/taxonomy.js';
import { loadTaxonomy } from '../categories/category-library.js';
import type { OperationContext } from './operation-context.js';
import { ownFolders } from './runbook-lookup.js';
import { serviceCatalogueOf } from './service-catalogue-lookup.js';

export function categoryTaxonomyOf(context: OperationContext): CategoryTaxonomyView {
  const { causes, problems } = loadTaxonomy({ shippedFolder: context.runbooksDir, ownFolders: ownFolders(context) });
  const used = context.projection.incidentList().flatMap((incident) => incident.categories.history.flatMap((setting) => setting.causes));
  const services = serviceCatalogueOf(context).services.map(({ serviceId, name }) => ({ id: serviceId, name }));
  return { causes: withRetiredCauses(causes, used), services, problems };
}
