/**
 * PLACEHOLDER (issue 16 contract): the post-mortem's "Who was told" part, in
 * every format. `deliveriesRecord` returns null when the incident has nothing of
 * the kind, and the part is then left out (not shown empty).
 */
import { z } from 'zod';
import type { IncidentDetail } from '../../api.js';
import type { ExportZone } from '../../time/export-time.js';

export const DELIVERIES_PART = { id: 'who-was-told', title: 'Who was told', jsonField: 'deliveries' } as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DeliveriesRecord {}

export function deliveriesRecord(_detail: IncidentDetail, _now: number): DeliveriesRecord | null {
  return null;
}

export function deliveriesMarkdown(_record: DeliveriesRecord, _zone: ExportZone): string {
  return '';
}

/** HTML made safe by the caller's escaping of every text it holds (see ../html-parts.ts). */
export function deliveriesHtml(_record: DeliveriesRecord, _zone: ExportZone): string {
  return '';
}

export const deliveriesJsonSchema = z.object({});

export function deliveriesJson(_record: DeliveriesRecord): z.infer<typeof deliveriesJsonSchema> {
  return {};
}
