/**
 * The post-mortem as GitHub-flavoured Markdown: headings, tables and lists
 * only (no HTML beyond <br> in a table cell, no extensions), so it renders
 * on GitHub and pastes cleanly into Confluence and Google Docs. Everything
 * people typed is escaped (markdown-text.ts). Times are in the zone passed
 * in (UTC unless asked), named beside each, so the file is the same wherever
 * it is made; the chronology is to the second, as on screen. Control and bidi characters that older
 * or hostile laptops recorded are shown as U+FFFD (shared/text/printable.ts),
 * since this file is also printed straight to a terminal.
 */
import { formatDuration } from '../duration.js';
import { STATUS_LABEL } from '../status.js';
import type { DocumentText, PostMortem, TimelineLine } from './document.js';
import { count, DRAFT_BANNER, holderChange, milestoneSource, stepStatus, stepTook, stepWhy, struckLeftOutSentence } from './document-labels.js';
import { TIMELINE_KIND_LABEL } from '../projection/views.js';
import type { ExecutedChecklist } from './executed-checklists.js';
import { markdownCell, markdownInline, markdownParagraphs } from './markdown-text.js';
import { NO_PREVENTIVE_ACTION } from './post-mortem-warnings.js';
import { exportMinute, exportSecond, exportZoneNote, UTC_ZONE, type ExportZone } from '../time/export-time.js';
import { printable } from '../text/printable.js';
import { servicesMarkdown } from './render-services-markdown.js';
import { categoriesLine } from './document-categories.js';
import { outreachMarkdownSections } from './outreach/outreach-record.js';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const italic = (text: string) => `_${text}_`;

function writtenText(part: DocumentText, zone: ExportZone): string {
  if (part.text.trim() === '') return italic(`Not written yet. ${markdownInline(part.hint)}`);
  const note = part.drafted ? `${italic('Drafted from the incident: write it in your own words.')}\n\n` : '';
  const byline = part.by !== null && part.at !== null ? `\n\n${italic(`Written by ${markdownInline(part.by)}, ${exportMinute(part.at, zone)}.`)}` : '';
  return `${note}${markdownParagraphs(part.text)}${byline}`;
}

function header(document: PostMortem, zone: ExportZone): string {
  const parts = [`# Post-mortem: ${markdownInline(document.title)}`];
  if (document.draft) parts.push(`> **${DRAFT_BANNER}.** ${markdownInline(NO_PREVENTIVE_ACTION)}`);
  const { severity, duration } = document;
  const severityText = severity.declared === severity.final && severity.highest === severity.final ? severity.final : `${severity.highest} at its worst (declared ${severity.declared}, ended ${severity.final})`;
  const rows: string[][] = [
    ['Incident', `\`${document.incidentId}\``],
    ['Severity', severityText],
    ['Status', STATUS_LABEL[document.status]],
    ['Impact', `${exportMinute(duration.from, zone)} to ${duration.open ? 'now (not resolved)' : exportMinute(duration.to, zone)}, ${formatDuration(duration.ms)}`],
    ['Declared', `${exportMinute(document.declaredAt, zone)} by ${markdownInline(document.declaredBy)}`],
  ];
  if (document.categories) rows.push(['Categories', markdownInline(categoriesLine(document.categories))]);
  if (document.drill) rows.push(['Drill', markdownInline(`Yes, of runbook ${document.drill.runbookId} (${document.drill.state}). ${document.drill.note}`)]);
  parts.push(rows.map(([name, value]) => `- **${name}:** ${value}`).join('\n'));
  const others = document.warnings.filter((warning) => warning !== NO_PREVENTIVE_ACTION);
  if (others.length > 0) parts.push(['> **Before sending:**', '>', ...others.map((warning) => `> - ${markdownInline(warning)}`)].join('\n'));
  return parts.join('\n\n');
}

function severityAndDuration(document: PostMortem, zone: ExportZone): string {
  const rows = document.severity.changes.map((change, index) => [
    change.severity,
    exportMinute(change.at, zone),
    markdownCell(change.by),
    markdownCell(index === 0 ? 'Declared' : change.reason || ' '),
  ]);
  return table(['Severity', 'From', 'By', 'Why'], rows);
}

function metrics(document: PostMortem, zone: ExportZone): string {
  const parts: string[] = [];
  if (document.metrics.leftOutBecause !== null) parts.push(italic(markdownInline(document.metrics.leftOutBecause)));
  const rows = [
    ...document.metrics.timeTo.map((metric) => [metric.label, metric.ms === null ? 'not yet' : `${metric.ms < 0 ? '−' : ''}${formatDuration(Math.abs(metric.ms))}`, markdownCell(metric.formula)]),
    ...document.metrics.timeAtSeverity.map((spent) => [`Time at ${spent.severity}`, formatDuration(spent.ms), markdownCell(spent.formula)]),
  ];
  parts.push(table(['Metric', 'Time', 'Formula'], rows));
  const problems = document.metrics.timeTo.filter((metric) => metric.problem !== null);
  if (problems.length > 0) parts.push(problems.map((metric) => `- ${markdownInline(metric.problem!)}`).join('\n'));
  parts.push('### Milestones');
  parts.push(
    table(
      ['Milestone', 'Time', 'Source'],
      document.milestones.map((milestone) => {
        const earlier = milestone.corrections.slice(0, -1).filter((correction) => correction.at !== null);
        const history = earlier.length === 0 ? '' : `<br>Earlier: ${earlier.map((correction) => markdownCell(`${exportMinute(correction.at!, zone)} by ${correction.by}${correction.reason ? ` (${correction.reason})` : ''}`)).join('; ')}`;
        return [milestone.label, milestone.at === null ? 'not yet' : exportMinute(milestone.at, zone), `${markdownCell(milestoneSource(milestone))}${history}`];
      }),
    ),
  );
  return parts.join('\n\n');
}

function peopleAndRoles(document: PostMortem, zone: ExportZone): string {
  const roles = table(
    ['Role', 'Held by at the end', 'Changes'],
    document.roles.map((role) => [
      markdownCell(role.name),
      role.holder === null ? 'nobody' : markdownCell(role.holder),
      role.changes.length === 0
        ? 'Nobody held it.'
        : role.changes.map((change) => markdownCell(`${exportMinute(change.at, zone)}: ${holderChange(change)}${change.reason ? ` (${change.reason})` : ''}`)).join('<br>'),
    ]),
  );
  const people =
    document.people.length === 0
      ? italic('Nobody wrote anything down.')
      : document.people
          .map((person) => `- **${markdownInline(person.name)}**: ${person.roles.length > 0 ? `${person.roles.map(markdownInline).join(', ')}; ` : ''}${count(person.entries, 'timeline entry', 'timeline entries')}`)
          .join('\n');
  return `${roles}\n\n### People\n\n${people}`;
}

function lineText(line: TimelineLine, zone: ExportZone): string {
  const notes = [line.recordedAt !== null ? `written down ${exportMinute(line.recordedAt, zone)}` : '', line.edited ? 'edited' : ''].filter((note) => note !== '');
  return `${markdownCell(line.text)}${notes.length > 0 ? ` ${italic(`(${notes.join(', ')})`)}` : ''}`;
}

function timeline(document: PostMortem, zone: ExportZone): string {
  const { keyMoments, chronology, struckLeftOut } = document.timeline;
  const moments =
    keyMoments.length === 0
      ? italic('No entry was starred as a key moment.')
      : keyMoments.map((line) => `- **${exportSecond(line.at, zone)}**${line.system ? '' : `, ${TIMELINE_KIND_LABEL[line.kind]}`}: ${markdownInline(line.text)} (${markdownInline(line.author)})`).join('\n');
  const notes = [struckLeftOutSentence(struckLeftOut), keyMoments.length > 0 ? 'Key moments are marked ★.' : ''].filter((note) => note !== '');
  const struck = notes.length > 0 ? `${italic(notes.join(' '))}\n\n` : '';
  const rows = chronology.map((line) => [exportSecond(line.at, zone), `${line.starredBy !== null ? '★ ' : ''}${TIMELINE_KIND_LABEL[line.kind]}`, lineText(line, zone), markdownCell(line.author)]);
  return `### Key moments\n\n${moments}\n\n### Full chronology\n\n${struck}${table(['Time', 'Kind', 'Entry', 'By'], rows)}`;
}

function checklist(executed: ExecutedChecklist, zone: ExportZone): string {
  const { counts } = executed;
  const summary = [
    `Attached ${exportMinute(executed.attachedAt, zone)} by ${markdownInline(executed.attachedBy)}`,
    executed.targetMs !== null ? `target ${formatDuration(executed.targetMs)}` : '',
    `${counts.done} done, ${counts.skipped} skipped, ${counts.blocked} blocked, ${counts.in_progress} in progress, ${counts.todo} to do`,
    executed.completedAt !== null ? `completed ${exportMinute(executed.completedAt, zone)}` : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const rows = executed.steps.map((step, index) => {
    const why = stepWhy(step, zone);
    return [
      String(index + 1),
      `${markdownCell(step.title)}${step.added ? ` ${italic('(added)')}` : ''}`,
      stepStatus(step),
      step.by === null ? ' ' : markdownCell(step.by),
      step.at === null ? ' ' : exportMinute(step.at, zone),
      stepTook(step) || ' ',
      step.expectMs === null ? ' ' : formatDuration(step.expectMs),
      why.length === 0 ? ' ' : why.map(markdownCell).join('<br>'),
    ];
  });
  return `### ${markdownInline(executed.title)}\n\n${summary}.\n\n${table(['#', 'Step', 'Status', 'By', 'When', 'Took', 'Expected', 'Why / notes'], rows)}`;
}

function statusUpdates(document: PostMortem, zone: ExportZone): string {
  if (document.statusUpdates.length === 0) return italic('No status update was sent.');
  return document.statusUpdates.map((update) => `**${exportMinute(update.at, zone)}, to ${update.audienceLabel}, by ${markdownInline(update.by)}**\n\n${markdownParagraphs(update.text, '> ')}`).join('\n\n');
}

function actions(document: PostMortem): string {
  if (document.actions.length === 0) return italic('No action item yet.');
  return table(
    ['What', 'Kind', 'Owner', 'Due'],
    document.actions.map((action) => [markdownCell(action.what), action.kindLabel, markdownCell(action.owner), action.due ?? 'no date']),
  );
}

export function renderPostMortemMarkdown(document: PostMortem, zone: ExportZone = UTC_ZONE): string {
  const sections: [string, string][] = [
    ['Summary', writtenText(document.summary, zone)],
    ['Impact', writtenText(document.impact, zone)],
    ['Severity and duration', severityAndDuration(document, zone)],
    ['Metrics', metrics(document, zone)],
    ['People and roles', peopleAndRoles(document, zone)],
    ['Timeline', timeline(document, zone)],
    ['Checklists as executed', document.checklists.length === 0 ? italic('No checklist was attached.') : document.checklists.map((executed) => checklist(executed, zone)).join('\n\n')],
    // Only when services were on the board: an incident without them has no such part, not an empty one.
    ...(document.services === null ? [] : [['Services affected', servicesMarkdown(document.services, zone)] satisfies [string, string]]),
    ['Status updates sent', statusUpdates(document, zone)],
    ...outreachMarkdownSections(document.outreach, zone),
    ...document.sections.map((part): [string, string] => [part.label, writtenText(part, zone)]),
    ['Action items', actions(document)],
  ];
  const footer = italic(`${document.draft ? `${DRAFT_BANNER}. ` : ''}Made by Holdfast on ${exportMinute(document.generatedAt, zone)}. ${exportZoneNote(zone)}`);
  // Once over the whole file: no text people wrote can slip past it, and the Markdown itself is plain.
  return printable(`${[header(document, zone), ...sections.map(([title, body]) => `## ${title}\n\n${body}`), '---', footer].join('\n\n')}\n`, 'lines');
}
