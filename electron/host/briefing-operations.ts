/**
 * The one-page briefing for management: one self-contained HTML page made
 * from the incident as this laptop sees it now, with the roster's phones and
 * the reporter's cadence read afresh (a cadence edited mid-incident counts).
 */
import path from 'node:path';
import { briefingFile } from '../../shared/briefing/briefing-file.js';
import { loadReporterKit, STATUS_UPDATES_FOLDER } from '../updates/reporter-kit.js';
import { incidentDetailOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';

export type BriefingMethod = 'exportBriefing';

export const briefingOperations: OperationsFor<BriefingMethod> = {
  exportBriefing: (context, { incidentId, zone }) =>
    briefingFile({
      detail: incidentDetailOf(context, incidentId),
      people: context.projection.people(),
      partners: context.projection.partners(),
      cadence: loadReporterKit(path.join(context.runbooksDir, STATUS_UPDATES_FOLDER)).cadenceMinutes,
      now: context.now(),
      zone,
    }),
};
