/**
 * The service catalogue as the UI reads it: the shipped services with this
 * laptop's own folders over them, read afresh on every call.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type ServiceCatalogueMethod = 'listServices';

export const serviceCatalogueOperations: OperationsFor<ServiceCatalogueMethod> = {
  listServices: () => {
    throw new HoldfastFailure('unavailable', 'The service catalogue is still being built.');
  },
};
