/**
 * The post-mortem as a file: Markdown, self-contained HTML or versioned JSON.
 * A post-mortem with no preventive action item is still exported, marked as
 * a draft, with the warning for the person to read before sending it. The
 * JSON carries the incident's signed events, for `holdfast verify`.
 */
import { postMortemFile } from '../../shared/postmortem/export-file.js';
import { incidentRecord } from '../record/incident-record.js';
import { categoryTaxonomyOf } from './category-taxonomy-lookup.js';
import { incidentDetailOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';

export type PostMortemExportMethod = 'exportPostMortem';

export const postMortemExportOperations: OperationsFor<PostMortemExportMethod> = {
  exportPostMortem: (context, { incidentId, format, zone }) => {
    const detail = incidentDetailOf(context, incidentId);
    const record = format === 'json' ? incidentRecord(context.events, incidentId) : undefined;
    return postMortemFile(detail, format, context.now(), { zone, record, taxonomy: categoryTaxonomyOf(context) });
  },
};
