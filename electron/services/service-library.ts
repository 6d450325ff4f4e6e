/**
 * The service catalogue on this laptop: the services Holdfast ships
 * (runbooks/services/ in the install folder) with the `services/` subfolder
 * of each of this laptop's own runbook folders over them.
 */
import path from 'node:path';
import type { ServiceCatalogueView } from '../../shared/services/catalogue.js';
import { SHIPPED_RUNBOOKS_FOLDER } from '../runbooks/runbook-library.js';

export const SHIPPED_SERVICES_FOLDER = path.join(SHIPPED_RUNBOOKS_FOLDER, 'services');

export interface ServiceSources {
  /** Defaults to the folder shipped with Holdfast; null leaves the shipped services out. */
  readonly shippedFolder?: string | null;
  /** Folders of a person's own services, read after the shipped one, each over the ones before. */
  readonly ownFolders?: readonly string[];
}

export function loadServiceCatalogue(_sources: ServiceSources = {}): ServiceCatalogueView {
  return { services: [], problems: [], teams: [], tiers: [] };
}
