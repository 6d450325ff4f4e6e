import { DEFAULT_CADENCE_MINUTES, type Cadence } from '../../../shared/updates/cadence.js';
import { useHostResource } from '../../store/useHostResource.js';

/**
 * The cadence in force: the configured one once the reporter's kit is
 * loaded, the defaults until then. The overdue warnings on every screen
 * need it, and share one read of the kit with the composer.
 */
export function useCadence(): Cadence {
  const { resource } = useHostResource('getReporterKit', {});
  return resource.state === 'loaded' ? resource.value.cadenceMinutes : DEFAULT_CADENCE_MINUTES;
}
