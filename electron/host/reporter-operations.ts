/** The reporter's kit (templates and cadence) and the static status page. */
import path from 'node:path';
import { renderStatusPage, statusPageFileName } from '../../shared/updates/status-page.js';
import { loadReporterKit, STATUS_UPDATES_FOLDER } from '../updates/reporter-kit.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';

export type ReporterMethod = 'getReporterKit' | 'exportStatusPage';

export const reporterOperations: OperationsFor<ReporterMethod> = {
  getReporterKit: (context) => loadReporterKit(path.join(context.runbooksDir, STATUS_UPDATES_FOLDER)),
  exportStatusPage: (context, { incidentId, zone }) => {
    const incident = incidentOf(context, incidentId);
    // The board gives the page its components: customer-facing services, as fresh as they are now.
    return { fileName: statusPageFileName(incident), content: renderStatusPage(incident, context.now(), zone, context.projection.board(incidentId)) };
  },
};
