/**
 * The post-mortem as a file: Markdown, self-contained HTML or versioned JSON.
 * A post-mortem with no preventive action item is still exported, marked as
 * a draft, with the warning for the person to read before sending it.
 */
import { postMortemFile } from '../../shared/postmortem/export-file.js';
import { incidentDetailOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';

export type PostMortemExportMethod = 'exportPostMortem';

export const postMortemExportOperations: OperationsFor<PostMortemExportMethod> = {
  exportPostMortem: (context, { incidentId, format, zone }) => {
    return postMortemFile(incidentDetailOf(context, incidentId), format, context.now(), { zone, people: context.projection.people() });
  },
};
