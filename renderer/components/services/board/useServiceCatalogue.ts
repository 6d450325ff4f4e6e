import { useHostResource } from '../../../store/useHostResource.js';

/**
 * The service catalogue (shipped services with this laptop's own folders
 * over them): read when a picker appears, again when the link comes back.
 */
export function useServiceCatalogue() {
  return useHostResource('listServices', {}).resource;
}
