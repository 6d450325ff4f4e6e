/**
 * The post-mortem's "Shift hand-overs" part, in every format: every brief
 * with its role, who wrote it to whom and when, its sections and open
 * questions, and when and by whom it was acknowledged, or that it never
 * was. `briefsRecord` returns null when no brief was written, and the part
 * is then left out (not shown empty).
 */
import { z } from 'zod';
import type { IncidentDetail } from '../../api.js';
import type { BriefView } from '../../projection/outreach-views.js';
import { escapeHtml } from '../../updates/status-page.js';
import { exportMinute, type ExportZone } from '../../time/export-time.js';
import { time, typed } from '../html-parts.js';
import { markdownInline, markdownParagraphs } from '../markdown-text.js';

export const BRIEFS_PART = { id: 'shift-hand-overs', title: 'Shift hand-overs', jsonField: 'briefs' } as const;

export interface BriefsRecord {
  /** In the order written. */
  readonly briefs: readonly BriefView[];
}

export function briefsRecord(detail: IncidentDetail, _now: number): BriefsRecord | null {
  return detail.outreach.briefs.length === 0 ? null : { briefs: detail.outreach.briefs };
}

const toWhom = (brief: BriefView) => brief.to ?? 'whoever took the role next';

function acknowledgedMarkdown(brief: BriefView, zone: ExportZone): string {
  const { acknowledged } = brief;
  if (acknowledged === null) return '**Never acknowledged.**';
  const note = acknowledged.note === '' ? '' : `: ${markdownInline(acknowledged.note)}`;
  return `Acknowledged by ${markdownInline(acknowledged.by)} at ${exportMinute(acknowledged.at, zone)}${note}.`;
}

export function briefsMarkdown(record: BriefsRecord, zone: ExportZone): string {
  return record.briefs
    .map((brief) => {
      const head = `### ${markdownInline(brief.roleName)}: ${markdownInline(brief.from ?? 'nobody')} to ${markdownInline(toWhom(brief))}, ${exportMinute(brief.writtenAt, zone)}`;
      const sections = brief.sections.map((section) => {
        const items = section.items.length === 0 ? '- Nothing.' : section.items.map((item) => `- ${markdownInline(item)}`).join('\n');
        return `**${markdownInline(section.heading)}**\n\n${items}`;
      });
      const questions = brief.questions.trim() === '' ? [] : [`**Open questions**\n\n${markdownParagraphs(brief.questions, '> ')}`];
      const written = `Written by ${markdownInline(brief.writtenBy)}, covering the last ${brief.hours} h. ${acknowledgedMarkdown(brief, zone)}`;
      return [head, written, ...sections, ...questions].join('\n\n');
    })
    .join('\n\n');
}

function acknowledgedHtml(brief: BriefView, zone: ExportZone): string {
  const { acknowledged } = brief;
  if (acknowledged === null) return '<strong>Never acknowledged.</strong>';
  const note = acknowledged.note === '' ? '' : `: <span dir="auto">${typed(acknowledged.note)}</span>`;
  return `Acknowledged by <span dir="auto">${escapeHtml(acknowledged.by)}</span> at ${time(zone, acknowledged.at)}${note}.`;
}

/** HTML made safe by escaping every text it holds (see ../html-parts.ts). */
export function briefsHtml(record: BriefsRecord, zone: ExportZone): string {
  return record.briefs
    .map((brief) => {
      const head = `<h3 dir="auto">${escapeHtml(brief.roleName)}: ${escapeHtml(brief.from ?? 'nobody')} to ${escapeHtml(toWhom(brief))}, ${time(zone, brief.writtenAt)}</h3>`;
      const written = `<p>Written by <span dir="auto">${escapeHtml(brief.writtenBy)}</span>, covering the last ${brief.hours} h. ${acknowledgedHtml(brief, zone)}</p>`;
      const sections = brief.sections.map((section) => {
        const items = section.items.length === 0 ? '<li>Nothing.</li>' : section.items.map((item) => `<li dir="auto">${typed(item)}</li>`).join('');
        return `<h4 dir="auto">${escapeHtml(section.heading)}</h4>\n<ul>${items}</ul>`;
      });
      const questions = brief.questions.trim() === '' ? [] : [`<h4>Open questions</h4>\n<p dir="auto">${typed(brief.questions)}</p>`];
      return [head, written, ...sections, ...questions].join('\n');
    })
    .join('\n');
}

const isoTime = z.string().describe('An ISO 8601 time in UTC');

export const briefsJsonSchema = z.object({
  briefs: z
    .array(
      z.object({
        id: z.string().describe('The brief’s id'),
        roleId: z.string().describe('The role’s id'),
        roleName: z.string().describe('The role’s name when the brief was written'),
        from: z.string().nullable().describe('Who held the role when it was written; null when nobody did'),
        to: z.string().nullable().describe('The person taking over; null when written going off shift with nobody named'),
        writtenAt: isoTime.describe('When it was written'),
        writtenBy: z.string().describe('Who wrote it down'),
        hours: z.number().int().describe('The hours its "what changed" section covers'),
        sections: z
          .array(z.object({ heading: z.string().describe('The section’s heading'), items: z.array(z.string()).describe('Its lines, as handed over') }))
          .describe('What the role holds open and what changed, as drafted and edited'),
        questions: z.string().describe('The open questions the outgoing person typed; empty when none'),
        acknowledgedAt: isoTime.nullable().describe('When the incoming person acknowledged it; null if nobody did'),
        acknowledgedBy: z.string().nullable().describe('Who acknowledged it; null if nobody did'),
        acknowledgementNote: z.string().nullable().describe('What they wrote when acknowledging; null if nobody did'),
      }),
    )
    .describe('Every brief, in the order written'),
});

export function briefsJson(record: BriefsRecord): z.infer<typeof briefsJsonSchema> {
  return {
    briefs: record.briefs.map((brief) => ({
      id: brief.id,
      roleId: brief.roleId,
      roleName: brief.roleName,
      from: brief.from,
      to: brief.to,
      writtenAt: new Date(brief.writtenAt).toISOString(),
      writtenBy: brief.writtenBy,
      hours: brief.hours,
      sections: brief.sections.map((section) => ({ heading: section.heading, items: [...section.items] })),
      questions: brief.questions,
      acknowledgedAt: brief.acknowledged === null ? null : new Date(brief.acknowledged.at).toISOString(),
      acknowledgedBy: brief.acknowledged?.by ?? null,
      acknowledgementNote: brief.acknowledged?.note ?? null,
    })),
  };
}
