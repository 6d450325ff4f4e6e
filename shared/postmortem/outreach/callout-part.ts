/**
 * PLACEHOLDER (issue 16 contract): the post-mortem's "Call-out" part, in
 * every format. `calloutRecord` returns null when the incident has nothing of
 * the kind, and the part is then left out (not shown empty).
 */
import { z } from 'zod';
import type { IncidentDetail } from '../../api.js';
import type { ExportZone } from '../../time/export-time.js';

export const CALLOUT_PART = { id: 'call-out', title: 'Call-out', jsonField: 'callout' } as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CalloutRecord {}

export function calloutRecord(_detail: IncidentDetail, _now: number): CalloutRecord | null {
  return null;
}

export function calloutMarkdown(_record: CalloutRecord, _zone: ExportZone): string {
  return '';
}

/** HTML made safe by the caller's escaping of every text it holds (see ../html-parts.ts). */
export function calloutHtml(_record: CalloutRecord, _zone: ExportZone): string {
  return '';
}

export const calloutJsonSchema = z.object({});

export function calloutJson(_record: CalloutRecord): z.infer<typeof calloutJsonSchema> {
  return {};
}
