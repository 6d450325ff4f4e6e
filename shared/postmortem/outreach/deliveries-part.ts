/**
 * The post-mortem's "Who was told" part: per update, when it went out, to
 * which audience, how many it reached, how many of its list it did not,
 * how many only failed, and who was reached through what and when. Left
 * out when no delivery was recorded. The post-mortem has no roster, so a
 * team or partner on a list is named as a group rather than counted as
 * its people: their people are counted when someone recorded reaching them.
 */
import { z } from 'zod';
import type { IncidentDetail } from '../../api.js';
import { updateNumber } from '../../outreach/cut-text/from-incident.js';
import { AUDIENCE_LABEL } from '../../updates/audience.js';
import { exportMinute, type ExportZone } from '../../time/export-time.js';
import { escapeHtml } from '../../updates/html-escape.js';
import { cell, table, time, typed } from '../html-parts.js';
import { markdownCell } from '../markdown-text.js';

export const DELIVERIES_PART = { id: 'who-was-told', title: 'Who was told', jsonField: 'deliveries' } as const;

export interface ReachedRecord {
  readonly name: string;
  readonly channel: string;
  readonly outcome: 'delivered' | 'failed';
  readonly at: number;
  readonly by: string;
}

export interface UpdateDeliveriesRecord {
  readonly updateId: string;
  readonly number: number;
  readonly at: number;
  readonly audience: string;
  readonly delivered: number;
  readonly pending: number;
  readonly failed: number;
  readonly groups: readonly string[];
  readonly reached: readonly ReachedRecord[];
}

export interface DeliveriesRecord {
  readonly updates: readonly UpdateDeliveriesRecord[];
}

export function deliveriesRecord(detail: IncidentDetail, _now: number): DeliveriesRecord | null {
  const { incident, outreach } = detail;
  if (outreach.deliveries.length === 0) return null;
  const updates = [...incident.statusUpdates]
    .sort((a, b) => a.at - b.at)
    .map((update): UpdateDeliveriesRecord => {
      const records = outreach.deliveries.filter((delivery) => delivery.updateId === update.id);
      const outcomes = new Map<string, boolean>();
      for (const record of records) outcomes.set(record.recipientKey, (outcomes.get(record.recipientKey) ?? false) || record.latest.outcome === 'delivered');
      const list = outreach.audiences.find((audience) => audience.id === update.audience)?.recipients ?? [];
      const individuals = list.filter((entry) => entry.kind !== 'team' && entry.kind !== 'partner');
      return {
        updateId: update.id,
        number: updateNumber(incident, update.id),
        at: update.at,
        audience: AUDIENCE_LABEL[update.audience],
        delivered: [...outcomes.values()].filter(Boolean).length,
        pending: individuals.filter((entry) => !outcomes.has(entry.key)).length,
        failed: [...outcomes.values()].filter((reached) => !reached).length,
        groups: list.filter((entry) => entry.kind === 'team' || entry.kind === 'partner').map((entry) => entry.name),
        reached: records
          .map((record) => ({ name: record.recipientName, channel: record.channelName, outcome: record.latest.outcome, at: record.latest.at, by: record.latest.by }))
          .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name)),
      };
    });
  return { updates };
}

const counts = (update: UpdateDeliveriesRecord) => `${update.delivered} delivered · ${update.pending} pending · ${update.failed} failed`;
const groupsSentence = (update: UpdateDeliveriesRecord) =>
  update.groups.length === 0 ? '' : ` On the list as groups (their people counted once reached): ${update.groups.join(', ')}.`;

export function deliveriesMarkdown(record: DeliveriesRecord, zone: ExportZone): string {
  return record.updates
    .map((update) => {
      const head = `**Update ${update.number} to ${update.audience}**, ${exportMinute(update.at, zone)}: ${counts(update)}.${groupsSentence(update)}`;
      if (update.reached.length === 0) return `${head}\n\nNo delivery recorded.`;
      const rows = update.reached.map((one) => `| ${markdownCell(one.name)} | ${markdownCell(one.channel)} | ${one.outcome} | ${exportMinute(one.at, zone)} | ${markdownCell(one.by)} |`);
      return [head, '', '| Who | Channel | Outcome | When | Recorded by |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
    })
    .join('\n\n');
}

/** HTML made safe by the caller's escaping of every text it holds (see ../html-parts.ts). */
export function deliveriesHtml(record: DeliveriesRecord, zone: ExportZone): string {
  return record.updates
    .map((update) => {
      const head = `<p><strong>Update ${update.number} to ${escapeHtml(update.audience)}</strong>, ${time(zone, update.at)}: ${counts(update)}.${escapeHtml(groupsSentence(update))}</p>`;
      if (update.reached.length === 0) return `${head}\n<p class="empty">No delivery recorded.</p>`;
      const rows = update.reached.map((one) => [cell(typed(one.name)), cell(typed(one.channel)), cell(one.outcome), cell(time(zone, one.at)), cell(typed(one.by))].join(''));
      return `${head}\n${table(`Who update ${update.number} reached`, ['Who', 'Channel', 'Outcome', 'When', 'Recorded by'], rows)}`;
    })
    .join('\n');
}

export const deliveriesJsonSchema = z.object({
  updates: z
    .array(
      z.object({
        updateId: z.string().describe('The status update'),
        number: z.number().int().describe('Its place among the incident’s updates, 1 for the first'),
        at: z.string().describe('When it was published (ISO 8601, UTC)'),
        audience: z.string().describe('The audience it was written for'),
        delivered: z.number().int().describe('Recipients recorded as reached through at least one channel'),
        pending: z.number().int().describe('People and addresses named on its audience’s list with nothing recorded'),
        failed: z.number().int().describe('Recipients with only failed attempts recorded'),
        groups: z.array(z.string()).describe('Teams and partners on its audience’s list, whose people are counted once recorded as reached'),
        reached: z
          .array(
            z.object({
              name: z.string().describe('Who'),
              channel: z.string().describe('Through which channel'),
              outcome: z.enum(['delivered', 'failed']).describe('What the latest recording said'),
              at: z.string().describe('When it was recorded (ISO 8601, UTC)'),
              by: z.string().describe('Who recorded it'),
            }),
          )
          .describe('Every recipient and channel recorded, oldest first'),
      }),
    )
    .describe('Every status update, oldest first'),
});

export function deliveriesJson(record: DeliveriesRecord): z.infer<typeof deliveriesJsonSchema> {
  const iso = (at: number) => new Date(at).toISOString();
  return {
    updates: record.updates.map((update) => ({
      ...update,
      at: iso(update.at),
      groups: [...update.groups],
      reached: update.reached.map((one) => ({ ...one, at: iso(one.at) })),
    })),
  };
}
