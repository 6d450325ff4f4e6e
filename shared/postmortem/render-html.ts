/**
 * The post-mortem as one self-contained HTML file, for reading and for
 * printing: the style sheet inline (with its print rules), the incident's
 * shape drawn inline as SVG, no scripts, no fonts, images or links to
 * fetch, and a Content-Security-Policy that forbids fetching anything at
 * all. Every piece of text from the war room is escaped; text people typed
 * carries dir="auto", so Arabic reads right to left beside English; the
 * bidi overrides and control characters an older or hostile laptop may
 * have recorded are shown as U+FFFD (shared/text/printable.ts), so no text
 * reads differently from what was written.
 *
 * Each part is a section named by its heading, and each heading has an id,
 * so a person (or a screen reader) can jump straight to the action items.
 */
import { formatDuration } from '../duration.js';
import { STATUS_LABEL } from '../status.js';
import { htmlPageHead } from '../updates/html-page.js';
import { escapeHtml } from '../updates/status-page.js';
import type { DocumentText, PostMortem, TimelineLine } from './document.js';
import { count, DRAFT_BANNER, holderChange, milestoneSource, stepStatus, stepTook, stepWhy, struckLeftOutSentence } from './document-labels.js';
import { TIMELINE_KIND_LABEL } from '../projection/views.js';
import type { ExecutedChecklist } from './executed-checklists.js';
import { POST_MORTEM_STYLE } from './html-style.js';
import { NO_PREVENTIVE_ACTION } from './post-mortem-warnings.js';
import { printable } from '../text/printable.js';
import { exportMinute, exportZoneNote, UTC_ZONE, type ExportZone } from '../time/export-time.js';
import { cell, empty, table, time, typed } from './html-parts.js';
import { servicesHtml } from './render-services-html.js';
import { categoriesLine } from './document-categories.js';
import { outreachHtmlSections } from './outreach/outreach-record.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Typed text: paragraphs on blank lines, line breaks kept. */
function paragraphs(text: string, className = ''): string {
  const attributes = `dir="auto"${className ? ` class="${className}"` : ''}`;
  return text
    .trim()
    .split(/\r?\n[ \t]*\r?\n\s*/)
    .map((paragraph) => `<p ${attributes}>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>')}</p>`)
    .join('\n');
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function writtenText(part: DocumentText, zone: ExportZone): string {
  if (part.text.trim() === '') return empty(`Not written yet. ${part.hint}`);
  const note = part.drafted ? `<p class="drafted muted">Drafted from the incident: write it in your own words.</p>\n` : '';
  const byline = part.by !== null && part.at !== null ? `\n<p class="byline">Written by <span dir="auto">${escapeHtml(part.by)}</span>, ${time(zone, part.at)}.</p>` : '';
  return `${note}${paragraphs(part.text)}${byline}`;
}

function header(document: PostMortem, zone: ExportZone): string {
  const { severity, duration } = document;
  const severityText = severity.declared === severity.final && severity.highest === severity.final ? severity.final : `${severity.highest} at its worst (declared ${severity.declared}, ended ${severity.final})`;
  const facts: [string, string][] = [
    ['Incident', `<code>${escapeHtml(document.incidentId)}</code>`],
    ['Severity', escapeHtml(severityText)],
    ['Status', STATUS_LABEL[document.status]],
    ['Impact', `${time(zone, duration.from)} to ${duration.open ? 'now (not resolved)' : time(zone, duration.to)}, ${formatDuration(duration.ms)}`],
    ['Declared', `${time(zone, document.declaredAt)} by <span dir="auto">${escapeHtml(document.declaredBy)}</span>`],
  ];
  if (document.categories) facts.push(['Categories', escapeHtml(categoriesLine(document.categories))]);
  if (document.drill) facts.push(['Drill', escapeHtml(`Yes, of runbook ${document.drill.runbookId} (${document.drill.state}). ${document.drill.note}`)]);
  const others = document.warnings.filter((warning) => warning !== NO_PREVENTIVE_ACTION);
  return [
    `<h1 dir="auto">Post-mortem: ${escapeHtml(document.title)}</h1>`,
    document.draft ? `<p class="draft-banner" role="note"><strong>${DRAFT_BANNER}.</strong> ${escapeHtml(NO_PREVENTIVE_ACTION)}</p>` : '',
    `<dl class="facts">\n${facts.map(([name, value]) => `<dt>${name}</dt><dd>${value}</dd>`).join('\n')}\n</dl>`,
    others.length > 0 ? `<aside class="warnings" aria-label="Before sending"><strong>Before sending:</strong>\n<ul>\n${others.map((warning) => `<li>${escapeHtml(warning)}</li>`).join('\n')}\n</ul>\n</aside>` : '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function severityAndDuration(document: PostMortem, zone: ExportZone): string {
  const rows = document.severity.changes.map(
    (change, index) => `<td>${change.severity}</td>${cell(time(zone, change.at), 'time')}${cell(escapeHtml(change.by))}${cell(index === 0 ? 'Declared' : typed(change.reason))}`,
  );
  return table('Severity over time', ['Severity', 'From', 'By', 'Why'], rows);
}

function metrics(document: PostMortem, zone: ExportZone): string {
  const parts: string[] = [];
  if (document.metrics.leftOutBecause !== null) parts.push(`<p class="muted">${escapeHtml(document.metrics.leftOutBecause)}</p>`);
  const rows = [
    ...document.metrics.timeTo.map((metric) => [metric.label, metric.ms === null ? 'not yet' : `${metric.ms < 0 ? '−' : ''}${formatDuration(Math.abs(metric.ms))}`, metric.formula]),
    ...document.metrics.timeAtSeverity.map((spent) => [`Time at ${spent.severity}`, formatDuration(spent.ms), spent.formula]),
  ].map((cells) => cells.map((text) => `<td>${escapeHtml(text)}</td>`).join(''));
  parts.push(table('Each metric with its formula', ['Metric', 'Time', 'Formula'], rows));
  const problems = document.metrics.timeTo.filter((metric) => metric.problem !== null);
  if (problems.length > 0) parts.push(`<ul>\n${problems.map((metric) => `<li>${escapeHtml(metric.problem!)}</li>`).join('\n')}\n</ul>`);
  const milestoneRows = document.milestones.map((milestone) => {
    const earlier = milestone.corrections.slice(0, -1).filter((correction) => correction.at !== null);
    const history = earlier.length === 0 ? '' : `<br>Earlier: ${earlier.map((correction) => `${time(zone, correction.at!)} by ${escapeHtml(correction.by)}${correction.reason ? ` (${typed(correction.reason)})` : ''}`).join('; ')}`;
    return `<td>${milestone.label}</td>${cell(milestone.at === null ? 'not yet' : time(zone, milestone.at), 'time')}${cell(`${typed(milestoneSource(milestone))}${history}`)}`;
  });
  parts.push(`<h3 id="milestones">Milestones</h3>\n${table('When each milestone was reached, and who set it', ['Milestone', 'Time', 'Source'], milestoneRows)}`);
  return parts.join('\n');
}

function peopleAndRoles(document: PostMortem, zone: ExportZone): string {
  const roleRows = document.roles.map((role) => {
    const changes = role.changes.length === 0 ? 'Nobody held it.' : role.changes.map((change) => `${time(zone, change.at)}: ${typed(`${holderChange(change)}${change.reason ? ` (${change.reason})` : ''}`)}`).join('<br>');
    return `${cell(escapeHtml(role.name))}${cell(role.holder === null ? 'nobody' : escapeHtml(role.holder))}${cell(changes)}`;
  });
  const people =
    document.people.length === 0
      ? empty('Nobody wrote anything down.')
      : `<ul>\n${document.people
          .map((person) => `<li><strong dir="auto">${escapeHtml(person.name)}</strong>: ${person.roles.length > 0 ? `${person.roles.map(escapeHtml).join(', ')}; ` : ''}${count(person.entries, 'timeline entry', 'timeline entries')}</li>`)
          .join('\n')}\n</ul>`;
  return `${table('Roles and their hand-overs', ['Role', 'Held by at the end', 'Changes'], roleRows)}\n<h3 id="people">People</h3>\n${people}`;
}

function lineText(line: TimelineLine, zone: ExportZone): string {
  const notes = [line.recordedAt !== null ? `written down ${exportMinute(line.recordedAt, zone)}` : '', line.edited ? 'edited' : ''].filter((note) => note !== '');
  return `${typed(line.text)}${notes.length > 0 ? ` <span class="muted">(${escapeHtml(notes.join(', '))})</span>` : ''}`;
}

function timeline(document: PostMortem, zone: ExportZone): string {
  const { keyMoments, chronology, struckLeftOut } = document.timeline;
  const moments =
    keyMoments.length === 0
      ? empty('No entry was starred as a key moment.')
      : `<ol aria-labelledby="key-moments">\n${keyMoments.map((line) => `<li dir="auto"><strong>${time(zone, line.at)}</strong>${line.system ? '' : `, ${TIMELINE_KIND_LABEL[line.kind]}`}: ${typed(line.text)} (${escapeHtml(line.author)})</li>`).join('\n')}\n</ol>`;
  const notes = [struckLeftOutSentence(struckLeftOut), keyMoments.length > 0 ? 'Key moments are marked ★ and highlighted.' : ''].filter((note) => note !== '');
  const rows = chronology.map((line) => `${cell(time(zone, line.at), 'time')}<td>${line.starredBy !== null ? '<span role="img" aria-label="Key moment">★</span> ' : ''}${TIMELINE_KIND_LABEL[line.kind]}</td>${cell(lineText(line, zone))}${cell(escapeHtml(line.author))}`);
  return [
    `<h3 id="key-moments">Key moments</h3>`,
    moments,
    `<h3 id="chronology">Full chronology</h3>`,
    notes.length > 0 ? `<p class="muted">${escapeHtml(notes.join(' '))}</p>` : '',
    table('Every entry that stands, in timeline order', ['Time', 'Kind', 'Entry', 'By'], rows, chronology.map((line) => (line.starredBy !== null ? 'key-moment' : ''))),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function checklist(executed: ExecutedChecklist, index: number, zone: ExportZone): string {
  const { counts } = executed;
  const summary = [
    `Attached ${time(zone, executed.attachedAt)} by ${escapeHtml(executed.attachedBy)}`,
    executed.targetMs !== null ? `target ${formatDuration(executed.targetMs)}` : '',
    `${counts.done} done, ${counts.skipped} skipped, ${counts.blocked} blocked, ${counts.in_progress} in progress, ${counts.todo} to do`,
    executed.completedAt !== null ? `completed ${time(zone, executed.completedAt)}` : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const rows = executed.steps.map((step, position) => {
    const why = stepWhy(step, zone);
    return [
      `<td>${position + 1}</td>`,
      cell(`${typed(step.title)}${step.added ? ' <span class="muted">(added)</span>' : ''}`),
      `<td>${stepStatus(step)}</td>`,
      cell(step.by === null ? '' : escapeHtml(step.by)),
      cell(step.at === null ? '' : time(zone, step.at), 'time'),
      `<td>${stepTook(step)}</td>`,
      `<td>${step.expectMs === null ? '' : formatDuration(step.expectMs)}</td>`,
      cell(why.map(typed).join('<br>')),
    ].join('');
  });
  return `<h3 id="checklist-${index + 1}" dir="auto">${escapeHtml(executed.title)}</h3>\n<p>${summary}.</p>\n${table(`Steps of ${executed.title}, in dependency order`, ['#', 'Step', 'Status', 'By', 'When', 'Took', 'Expected', 'Why / notes'], rows)}`;
}

function statusUpdates(document: PostMortem, zone: ExportZone): string {
  if (document.statusUpdates.length === 0) return empty('No status update was sent.');
  return document.statusUpdates
    .map((update) => `<article>\n<p><strong>${time(zone, update.at)}, to ${escapeHtml(update.audienceLabel)}, by <span dir="auto">${escapeHtml(update.by)}</span></strong></p>\n<blockquote>\n${paragraphs(update.text)}\n</blockquote>\n</article>`)
    .join('\n');
}

function actions(document: PostMortem): string {
  if (document.actions.length === 0) return empty('No action item yet.');
  const rows = document.actions.map((action) => `${cell(typed(action.what))}<td>${action.kindLabel}</td>${cell(escapeHtml(action.owner))}${cell(action.due === null ? 'no date' : `<time datetime="${action.due}">${action.due}</time>`, 'time')}`);
  return table('What will be done, by whom and when', ['What', 'Kind', 'Owner', 'Due'], rows);
}

const SECTION_IDS: Readonly<Record<string, string>> = {
  contributing_factors: 'contributing-factors',
  went_well: 'went-well',
  went_badly: 'went-badly',
  lucky: 'lucky',
};

/** The HTML file; `shapeSvg` is the incident's shape (incident-shape.ts), drawn inline. */
export function renderPostMortemHtml(document: PostMortem, shapeSvg: string, zone: ExportZone = UTC_ZONE): string {
  // Once over the whole file, the inline drawing included: no text people wrote can slip past it.
  return printable(htmlFile(document, shapeSvg, zone), 'lines');
}

function htmlFile(document: PostMortem, shapeSvg: string, zone: ExportZone): string {
  const sections: [string, string, string][] = [
    ['summary', 'Summary', writtenText(document.summary, zone)],
    ['impact', 'Impact', writtenText(document.impact, zone)],
    ['severity-and-duration', 'Severity and duration', severityAndDuration(document, zone)],
    ['shape', 'The incident’s shape', `<figure>\n${shapeSvg}\n<figcaption>Status, severity, milestones, role changes and checklist progress over time (${zone === UTC_ZONE ? 'UTC' : escapeHtml(zone)}).</figcaption>\n</figure>`],
    ['metrics', 'Metrics', metrics(document, zone)],
    ['people-and-roles', 'People and roles', peopleAndRoles(document, zone)],
    ['timeline', 'Timeline', timeline(document, zone)],
    ['checklists', 'Checklists as executed', document.checklists.length === 0 ? empty('No checklist was attached.') : document.checklists.map((executed, index) => checklist(executed, index, zone)).join('\n')],
    // Only when services were on the board: an incident without them has no such part, not an empty one.
    ...(document.services === null ? [] : [['services-affected', 'Services affected', servicesHtml(document.services, zone)] satisfies [string, string, string]]),
    ['status-updates', 'Status updates sent', statusUpdates(document, zone)],
    ...outreachHtmlSections(document.outreach, zone),
    ...document.sections.map((part): [string, string, string] => [SECTION_IDS[part.section] ?? part.section, part.label, writtenText(part, zone)]),
    ['action-items', 'Action items', actions(document)],
  ];
  const contents = `<nav aria-label="Contents">\n<ol>\n${sections.map(([id, title]) => `<li><a href="#${id}">${escapeHtml(title)}</a></li>`).join('\n')}\n</ol>\n</nav>`;
  return `${htmlPageHead({ title: `${document.draft ? `${DRAFT_BANNER}: ` : ''}Post-mortem: ${escapeHtml(document.title)}`, style: POST_MORTEM_STYLE, csp: CSP })}${document.draft ? `<div class="watermark" aria-hidden="true">${DRAFT_BANNER}</div>\n` : ''}<main>
<header>
${header(document, zone)}
</header>
${contents}
${sections.map(([id, title, body]) => section(id, title, body)).join('\n')}
<footer>
<p>${document.draft ? `<strong>${DRAFT_BANNER}.</strong> ` : ''}Made by Holdfast on ${time(zone, document.generatedAt)}. ${escapeHtml(exportZoneNote(zone))}</p>
</footer>
</main>
</body>
</html>
`;
}
