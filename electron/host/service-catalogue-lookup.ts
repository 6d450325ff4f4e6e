/**
 * The service catalogue as operations see it: the shipped services and the
 * `services/` subfolder of each of this laptop's own runbook folders, read
 * afresh on every call, so a catalogue edited during an incident is what the
 * next scoping takes. A `check-step:` is looked up in the same runbook
 * library the laptop attaches checklists from (the caller's, when it has
 * read the library already).
 */
import path from 'node:path';
import type { KnownRunbook } from '../../shared/services/build-catalogue.js';
import type { ServiceCatalogueView } from '../../shared/services/catalogue.js';
import { loadServiceCatalogue } from '../services/service-library.js';
import type { OperationContext } from './operation-context.js';
import { ownFolders, runbookLibrary } from './runbook-lookup.js';

export function serviceCatalogueOf(context: OperationContext, runbooks: readonly KnownRunbook[] = runbookLibrary(context).runbooks): ServiceCatalogueView {
  return loadServiceCatalogue({
    shippedFolder: path.join(context.runbooksDir, 'services'),
    ownFolders: ownFolders(context).map((folder) => path.join(folder, 'services')),
    runbooks,
  });
}
