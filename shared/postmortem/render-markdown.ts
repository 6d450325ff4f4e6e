/**
 * The post-mortem as GitHub-flavoured Markdown: headings, tables and lists
 * only (no HTML beyond <br> in a table cell, no extensions), so it renders
 * on GitHub and pastes cleanly into Confluence and Google Docs. Everything
 * people typed is escaped (markdown-text.ts). Times are in UTC, so the file
 * is the same wherever it is made. Control and bidi characters that older
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
import { utcMinute } from './utc-time.js';
import { printable } from '../text/printable.js';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const italic = (text: string) => `_${text}_`;

function writtenText(part: DocumentText): string {
  if (part.text.trim() === '') return italic(`Not written yet. ${markdownInline(part.hint)}`);
  const note = part.drafted ? `${italic('Drafted from the incident: write it in your own words.')}\n\n` : '';
  const byline = part.by !== null && part.at !== null ? `\n\n${italic(`Written by ${markdownInline(part.by)}, ${utcMinute(part.at)}.`)}` : '';
  return `${note}${markdownParagraphs(part.text)}${byline}`;
}

function header(document: PostMortem): string {
  const parts = [`# Post-mortem: ${markdownInline(document.title)}`];
  if (document.draft) parts.push(`> **${DRAFT_BANNER}.** ${markdownInline(NO_PREVENTIVE_ACTION)}`);
  const { severity, duration } = document;
  const severityText = severity.declared === severity.final && severity.highest === severity.final ? severity.final : `${severity.highest} at its worst (declared ${severity.declared}, ended ${severity.final})`;
  const rows: string[][] = [
    ['Incident', `\`${document.incidentId}\``],
    ['Severity', severityText],
    ['Status', STATUS_LABEL[document.status]],
    ['Impact', `${utcMinute(duration.from)} to ${duration.open ? 'now (not resolved)' : utcMinute(duration.to)}, ${formatDuration(duration.ms)}`],
    ['Declared', `${utcMinute(document.declaredAt)} by ${markdownInline(document.declaredBy)}`],
  ];
  if (document.drill) rows.push(['Drill', markdownInline(`Yes, of runbook ${document.drill.runbookId} (${document.drill.state}). ${document.drill.note}`)]);
  parts.push(rows.map(([name, value]) => `- **${name}:** ${value}`).join('\n'));
  const others = document.warnings.filter((warning) => warning !== NO_PREVENTIVE_ACTION);
  if (others.length > 0) parts.push(['> **Before sending:**', '>', ...others.map((warning) => `> - ${markdownInline(warning)}`)].join('\n'));
  return parts.join('\n\n');
}

function severityAndDuration(document: PostMortem): string {
  const rows = document.severity.changes.map((change, index) => [
    change.severity,
    utcMinute(change.at),
    markdownCell(change.by),
    markdownCell(index === 0 ? 'Declared' : change.reason || ' '),
  ]);
  return table(['Severity', 'From', 'By', 'Why'], rows);
}

function metrics(document: PostMortem): string {
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
        const history = earlier.length === 0 ? '' : `<br>Earlier: ${earlier.map((correction) => markdownCell(`${utcMinute(correction.at!)} by ${correction.by}${correction.reason ? ` (${correction.reason})` : ''}`)).join('; ')}`;
        return [milestone.label, milestone.at === null ? 'not yet' : utcMinute(milestone.at), `${markdownCell(milestoneSource(milestone))}${history}`];
      }),
    ),
  );
  return parts.join('\n\n');
}

function peopleAndRoles(document: PostMortem): string {
  const roles = table(
    ['Role', 'Held by at the end', 'Changes'],
    document.roles.map((role) => [
      markdownCell(role.name),
      role.holder === null ? 'nobody' : markdownCell(role.holder),
      role.changes.length === 0
        ? 'Nobody held it.'
        : role.changes.map((change) => markdownCell(`${utcMinute(change.at)}: ${holderChange(change)}${change.reason ? ` (${change.reason})` : ''}`)).join('<br>'),
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

function lineText(line: TimelineLine): string {
  const notes = [line.recordedAt !== null ? `written down ${utcMinute(line.recordedAt)}` : '', line.edited ? 'edited' : ''].filter((note) => note !== '');
  return `${markdownCell(line.text)}${notes.length > 0 ? ` ${italic(`(${notes.join(', ')})`)}` : ''}`;
}

function timeline(document: PostMortem): string {
  const { keyMoments, chronology, struckLeftOut } = document.timeline;
  const moments =
    keyMoments.length === 0
      ? italic('No entry was starred as a key moment.')
      : keyMoments.map((line) => `- **${utcMinute(line.at)}**${line.system ? '' : `, ${TIMELINE_KIND_LABEL[line.kind]}`}: ${markdownInline(line.text)} (${markdownInline(line.author)})`).join('\n');
  const notes = [struckLeftOutSentence(struckLeftOut), keyMoments.length > 0 ? 'Key moments are marked ★.' : ''].filter((note) => note !== '');
  const struck = notes.length > 0 ? `${italic(notes.join(' '))}\n\n` : '';
  const rows = chronology.map((line) => [utcMinute(line.at), `${line.starredBy !== null ? '★ ' : ''}${TIMELINE_KIND_LABEL[line.kind]}`, lineText(line), markdownCell(line.author)]);
  return `### Key moments\n\n${moments}\n\n### Full chronology\n\n${struck}${table(['Time', 'Kind', 'Entry', 'By'], rows)}`;
}

function checklist(executed: ExecutedChecklist): string {
  const { counts } = executed;
  const summary = [
    `Attached ${utcMinute(executed.attachedAt)} by ${markdownInline(executed.attachedBy)}`,
    executed.targetMs !== null ? `target ${formatDuration(executed.targetMs)}` : '',
    `${counts.done} done, ${counts.skipped} skipped, ${counts.blocked} blocked, ${counts.in_progress} in progress, ${counts.todo} to do`,
    executed.completedAt !== null ? `completed ${utcMinute(executed.completedAt)}` : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const rows = executed.steps.map((step, index) => {
    const why = stepWhy(step);
    return [
      String(index + 1),
      `${markdownCell(step.title)}${step.added ? ` ${italic('(added)')}` : ''}`,
      stepStatus(step),
      step.by === null ? ' ' : markdownCell(step.by),
      step.at === null ? ' ' : utcMinute(step.at),
      stepTook(step) || ' ',
      step.expectMs === null ? ' ' : formatDuration(step.expectMs),
      why.length === 0 ? ' ' : why.map(markdownCell).join('<br>'),
    ];
  });
  return `### ${markdownInline(executed.title)}\n\n${summary}.\n\n${table(['#', 'Step', 'Status', 'By', 'When', 'Took', 'Expected', 'Why / notes'], rows)}`;
}

function statusUpdates(document: PostMortem): string {
  if (document.statusUpdates.length === 0) return italic('No status update was sent.');
  return document.statusUpdates.map((update) => `**${utcMinute(update.at)}, to ${update.audienceLabel}, by ${markdownInline(update.by)}**\n\n${markdownParagraphs(update.text, '> ')}`).join('\n\n');
}

function actions(document: PostMortem): string {
  if (document.actions.length === 0) return italic('No action item yet.');
  return table(
    ['What', 'Kind', 'Owner', 'Due'],
    document.actions.map((action) => [markdownCell(action.what), action.kindLabel, markdownCell(action.owner), action.due ?? 'no date']),
  );
}

export function renderPostMortemMarkdown(document: PostMortem): string {
  const sections: [string, string][] = [
    ['Summary', writtenText(document.summary)],
    ['Impact', writtenText(document.impact)],
    ['Severity and duration', severityAndDuration(document)],
    ['Metrics', metrics(document)],
    ['People and roles', peopleAndRoles(document)],
    ['Timeline', timeline(document)],
    ['Checklists as executed', document.checklists.length === 0 ? italic('No checklist was attached.') : document.checklists.map(checklist).join('\n\n')],
    ['Status updates sent', statusUpdates(document)],
    ...document.sections.map((part): [string, string] => [part.label, writtenText(part)]),
    ['Action items', actions(document)],
  ];
  const footer = italic(`${document.draft ? `${DRAFT_BANNER}. ` : ''}Made by Holdfast on ${utcMinute(document.generatedAt)}.`);
  // Once over the whole file: no text people wrote can slip past it, and the Markdown itself is plain.
  return printable(`${[header(document), ...sections.map(([title, body]) => `## ${title}\n\n${body}`), '---', footer].join('\n\n')}\n`, 'lines');
}
