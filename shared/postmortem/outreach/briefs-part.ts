/**
 * PLACEHOLDER (issue 16 contract): the post-mortem's "Shift hand-overs" part, in
 * every format. `briefsRecord` returns null when the incident has nothing of
 * the kind, and the part is then left out (not shown empty).
 */
import { z } from 'zod';
import type { IncidentDetail } from '../../api.js';
import type { ExportZone } from '../../time/export-time.js';

export const BRIEFS_PART = { id: 'shift-hand-overs', title: 'Shift hand-overs', jsonField: 'briefs' } as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BriefsRecord {}

export function briefsRecord(_detail: IncidentDetail, _now: number): BriefsRecord | null {
  return null;
}

export function briefsMarkdown(_record: BriefsRecord, _zone: ExportZone): string {
  return '';
}

/** HTML made safe by the caller's escaping of every text it holds (see ../html-parts.ts). */
export function briefsHtml(_record: BriefsRecord, _zone: ExportZone): string {
  return '';
}

export const briefsJsonSchema = z.object({});

export function briefsJson(_record: BriefsRecord): z.infer<typeof briefsJsonSchema> {
  return {};
}
