/**
 * PLACEHOLDER (issue 16 contract): the post-mortem's "Promises made" part, in
 * every format. `promisesRecord` returns null when the incident has nothing of
 * the kind, and the part is then left out (not shown empty).
 */
import { z } from 'zod';
import type { IncidentDetail } from '../../api.js';
import type { ExportZone } from '../../time/export-time.js';

export const PROMISES_PART = { id: 'promises', title: 'Promises made', jsonField: 'promises' } as const;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PromisesRecord {}

export function promisesRecord(_detail: IncidentDetail, _now: number): PromisesRecord | null {
  return null;
}

export function promisesMarkdown(_record: PromisesRecord, _zone: ExportZone): string {
  return '';
}

/** HTML made safe by the caller's escaping of every text it holds (see ../html-parts.ts). */
export function promisesHtml(_record: PromisesRecord, _zone: ExportZone): string {
  return '';
}

export const promisesJsonSchema = z.object({});

export function promisesJson(_record: PromisesRecord): z.infer<typeof promisesJsonSchema> {
  return {};
}
