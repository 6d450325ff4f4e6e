/**
 * The post-mortem's "Call-out" part, in every format: each person called,
 * in their chain, with why, when they were called (and by whom), reached and
 * acknowledged, and the metric: time to reach everyone, from the
 * declaration to the moment the last chain had someone reached. Left out
 * when nobody was put on the call-out.
 */
import { z } from 'zod';
import type { IncidentDetail } from '../../api.js';
import { formatDuration } from '../../duration.js';
import { timeToReachEveryone } from '../../outreach/escalation.js';
import type { CalleeView } from '../../projection/outreach-views.js';
import type { Severity } from '../../severity.js';
import { exportMinute, type ExportZone } from '../../time/export-time.js';
import { cell, table, time, typed } from '../html-parts.js';
import { markdownCell } from '../markdown-text.js';

export const CALLOUT_PART = { id: 'call-out', title: 'Call-out', jsonField: 'callout' } as const;

export interface CalloutRecord {
  readonly severity: Severity;
  readonly escalateAfterMs: number;
  readonly startedAt: number;
  readonly startedBy: string;
  readonly declaredAt: number;
  /** Null while some chain has nobody reached. */
  readonly timeToReachEveryoneMs: number | null;
  readonly callees: readonly CalleeView[];
}

export function calloutRecord(detail: IncidentDetail, _now: number): CalloutRecord | null {
  const callout = detail.outreach.callout;
  if (callout === null) return null;
  return {
    severity: callout.severity,
    escalateAfterMs: callout.escalateAfterMs,
    startedAt: callout.listedAt,
    startedBy: callout.listedBy,
    declaredAt: detail.incident.declaredAt,
    timeToReachEveryoneMs: timeToReachEveryone(callout, detail.incident.declaredAt),
    callees: callout.callees,
  };
}

const STATE_WORD: Readonly<Record<CalleeView['state'], string>> = { 'to call': 'never called', called: 'called', reached: 'reached', acknowledged: 'acknowledged', unreached: 'no answer' };

function headline(record: CalloutRecord): string {
  const reach = record.timeToReachEveryoneMs === null ? 'not everyone was reached' : formatDuration(record.timeToReachEveryoneMs);
  return `Time to reach everyone: ${reach} (from the declaration to the last chain's first person reached). Drawn for ${record.severity}, escalating after ${formatDuration(record.escalateAfterMs)}; started by ${record.startedBy}.`;
}

const at = (ms: number | null, zone: ExportZone) => (ms === null ? '—' : exportMinute(ms, zone));

export function calloutMarkdown(record: CalloutRecord, zone: ExportZone): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const header = ['Person', 'Chain', 'Why', 'State', 'Called', 'Called by', 'Reached', 'Acknowledged'];
  const rows = record.callees.map((callee) =>
    line([
      markdownCell(callee.name),
      markdownCell(callee.chain || '—'),
      markdownCell(callee.why || '—'),
      STATE_WORD[callee.state],
      at(callee.calledAt, zone),
      markdownCell(callee.calledBy ?? '—'),
      at(callee.reachedAt, zone),
      at(callee.acknowledgedAt, zone),
    ]),
  );
  return [`**${markdownCell(headline(record))}**`, '', line(header), line(header.map(() => '---')), ...rows].join('\n');
}

/** HTML made safe by the caller's escaping of every text it holds (see ../html-parts.ts). */
export function calloutHtml(record: CalloutRecord, zone: ExportZone): string {
  const when = (ms: number | null) => cell(ms === null ? '—' : time(zone, ms));
  const rows = record.callees.map(
    (callee) =>
      `${cell(typed(callee.name))}${cell(typed(callee.chain || '—'))}${cell(typed(callee.why || '—'))}${cell(STATE_WORD[callee.state])}${when(callee.calledAt)}${cell(typed(callee.calledBy ?? '—'))}${when(callee.reachedAt)}${when(callee.acknowledgedAt)}`,
  );
  return `<p><strong>${typed(headline(record))}</strong></p>\n${table('Everyone on the call-out, by chain', ['Person', 'Chain', 'Why', 'State', 'Called', 'Called by', 'Reached', 'Acknowledged'], rows)}`;
}

const iso = z.string().describe('ISO 8601, UTC');
const isoOrNull = z.string().nullable().describe('ISO 8601, UTC; null when it never happened');
const iso8601 = (ms: number) => new Date(ms).toISOString();
const isoOf = (ms: number | null) => (ms === null ? null : iso8601(ms));

export const calloutJsonSchema = z.object({
  severity: z.string().describe('The severity the list was first drawn for'),
  escalateAfterMs: z.number().describe('How long one person was tried before the next in their chain was offered, in milliseconds'),
  startedAt: iso.describe('When the call-out started (ISO 8601, UTC)'),
  startedBy: z.string().describe('Who started it'),
  timeToReachEveryoneMs: z.number().nullable().describe('From the declaration to the last chain’s first person reached, in milliseconds; null when someone was never reached'),
  callees: z
    .array(
      z.object({
        name: z.string().describe('Who was called'),
        chain: z.string().describe('The chain they were in (a team, a partner); empty when added by hand'),
        rank: z.number().describe('0 for the first called in their chain, then 1, 2...'),
        why: z.string().describe('Why they were called'),
        state: z.string().describe('How far calling them got: to call, called, reached, acknowledged or unreached'),
        calledAt: isoOrNull.describe('When they were first called (ISO 8601, UTC); null if never'),
        calledBy: z.string().nullable().describe('Who called them first; null if nobody did'),
        reachedAt: isoOrNull.describe('When they were first reached (ISO 8601, UTC); null if never'),
        acknowledgedAt: isoOrNull.describe('When they acknowledged (ISO 8601, UTC); null if never'),
      }),
    )
    .describe('Everyone on the call-out, by chain then rank'),
});

export function calloutJson(record: CalloutRecord): z.infer<typeof calloutJsonSchema> {
  return {
    severity: record.severity,
    escalateAfterMs: record.escalateAfterMs,
    startedAt: iso8601(record.startedAt),
    startedBy: record.startedBy,
    timeToReachEveryoneMs: record.timeToReachEveryoneMs,
    callees: record.callees.map((callee) => ({
      name: callee.name,
      chain: callee.chain,
      rank: callee.rank,
      why: callee.why,
      state: callee.state,
      calledAt: isoOf(callee.calledAt),
      calledBy: callee.calledBy,
      reachedAt: isoOf(callee.reachedAt),
      acknowledgedAt: isoOf(callee.acknowledgedAt),
    })),
  };
}
