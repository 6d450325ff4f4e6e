/**
 * The service catalogue as the UI reads it: the shipped services with this
 * laptop's own folders over them, read afresh on every call.
 */
import type { OperationsFor } from './operation-types.js';
import { serviceCatalogueOf } from './service-catalogue-lookup.js';

export type ServiceCatalogueMethod = 'listServices';

export const serviceCatalogueOperations: OperationsFor<ServiceCatalogueMethod> = {
  listServices: (context) => serviceCatalogueOf(context),
};
