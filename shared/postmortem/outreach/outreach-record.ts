/**
 * Reaching people outside the room, in the post-mortem (issue 16): who was
 * told, the call-out and how long reaching everyone took, promises made and
 * how each ended, and shift hand-overs with their briefs. One part per file;
 * this joins them in the document's order, each in every format, and leaves
 * out a part the incident had none of.
 */
import type { IncidentDetail } from '../../api.js';
import type { ExportZone } from '../../time/export-time.js';
import { BRIEFS_PART, briefsHtml, briefsJson, briefsJsonSchema, briefsMarkdown, briefsRecord, type BriefsRecord } from './briefs-part.js';
import { CALLOUT_PART, calloutHtml, calloutJson, calloutJsonSchema, calloutMarkdown, calloutRecord, type CalloutRecord } from './callout-part.js';
import { DELIVERIES_PART, deliveriesHtml, deliveriesJson, deliveriesJsonSchema, deliveriesMarkdown, deliveriesRecord, type DeliveriesRecord } from './deliveries-part.js';
import { PROMISES_PART, promisesHtml, promisesJson, promisesJsonSchema, promisesMarkdown, promisesRecord, type PromisesRecord } from './promises-part.js';

export interface OutreachRecord {
  readonly callout: CalloutRecord | null;
  readonly deliveries: DeliveriesRecord | null;
  readonly promises: PromisesRecord | null;
  readonly briefs: BriefsRecord | null;
}

export function outreachRecord(detail: IncidentDetail, now: number): OutreachRecord {
  return {
    callout: calloutRecord(detail, now),
    deliveries: deliveriesRecord(detail, now),
    promises: promisesRecord(detail, now),
    briefs: briefsRecord(detail, now),
  };
}

/** [anchor id, title, body] per part the incident had, in the document's order. */
function sections(record: OutreachRecord, zone: ExportZone, format: 'md' | 'html'): [string, string, string][] {
  const out: [string, string, string][] = [];
  const md = format === 'md';
  if (record.callout) out.push([CALLOUT_PART.id, CALLOUT_PART.title, md ? calloutMarkdown(record.callout, zone) : calloutHtml(record.callout, zone)]);
  if (record.deliveries) out.push([DELIVERIES_PART.id, DELIVERIES_PART.title, md ? deliveriesMarkdown(record.deliveries, zone) : deliveriesHtml(record.deliveries, zone)]);
  if (record.promises) out.push([PROMISES_PART.id, PROMISES_PART.title, md ? promisesMarkdown(record.promises, zone) : promisesHtml(record.promises, zone)]);
  if (record.briefs) out.push([BRIEFS_PART.id, BRIEFS_PART.title, md ? briefsMarkdown(record.briefs, zone) : briefsHtml(record.briefs, zone)]);
  return out;
}

/** [title, Markdown] per part. */
export function outreachMarkdownSections(record: OutreachRecord, zone: ExportZone): [string, string][] {
  return sections(record, zone, 'md').map(([, title, body]) => [title, body]);
}

/** [anchor id, title, HTML] per part. */
export function outreachHtmlSections(record: OutreachRecord, zone: ExportZone): [string, string, string][] {
  return sections(record, zone, 'html');
}

/** The JSON file's fields, each absent when the incident had none of it (added in version 1 with issue 16). */
export const outreachJsonSchemaFields = {
  callout: calloutJsonSchema.optional().describe('The call-out list and how long reaching everyone took; absent when nobody was called'),
  deliveries: deliveriesJsonSchema.optional().describe('Who each update reached, through which channel; absent when no delivery was recorded'),
  promises: promisesJsonSchema.optional().describe('Promises made outside the room and how each ended; absent when none was made'),
  briefs: briefsJsonSchema.optional().describe('Shift hand-over briefs and their acknowledgements; absent when none was written'),
};

export function outreachJsonFields(record: OutreachRecord) {
  return {
    ...(record.callout === null ? {} : { callout: calloutJson(record.callout) }),
    ...(record.deliveries === null ? {} : { deliveries: deliveriesJson(record.deliveries) }),
    ...(record.promises === null ? {} : { promises: promisesJson(record.promises) }),
    ...(record.briefs === null ? {} : { briefs: briefsJson(record.briefs) }),
  };
}
