/**
 * The incident's shape: one SVG chart that shows at a glance how it went.
 * Along one time axis (UTC): the status as coloured bands, the severity
 * under it, the milestones as dashed lines with their names, each change of
 * a role's holder as a tick, and the checklists' done steps as a stepped
 * line climbing towards their total.
 *
 * A pure function of the incident, its checklists and `now` (the right edge
 * while it runs), so the same incident always draws the same file (golden
 * tests hold it to that). Every text is escaped. It is an image to assistive
 * technology, with a title and a description that say in words what it
 * shows. Colours are fixed where they carry meaning (statuses, severities);
 * lines and words use currentColor, so the chart reads on a light or a dark
 * page alike. Presentation attributes only (no style attributes), so a strict
 * Content-Security-Policy lets it through.
 */
import type { ChecklistView } from '../projection/checklist-views.js';
import type { IncidentView } from '../projection/views.js';
import { incidentEndedAt } from '../projection/views.js';
import type { Severity } from '../severity.js';
import { INCIDENT_STATUSES, STATUS_LABEL, type IncidentStatus } from '../status.js';
import { escapeHtml as escapeXml } from '../updates/status-page.js';
import { MILESTONES, MILESTONE_LABEL, type Milestone } from './milestones.js';
import { axisTicks, labelLines, round, textWidth, timeScale, type TimeScale } from './shape-scale.js';
import { exportMinute, exportZoneLabel, UTC_ZONE, type ExportZone } from '../time/export-time.js';

export const SHAPE_WIDTH = 960;
export const SHAPE_HEIGHT = 300;
/** Below this the rows' labels and a few axis ticks no longer fit: a narrower place scrolls the chart instead. */
export const SHAPE_MIN_WIDTH = 480;

const LEFT = 104;
/** The right margin: room for the last tick's label to centre on the edge of time. */
const RIGHT_MARGIN = 16;
/** The smallest text a chart may hold at its drawn size (issue 14: 7 px was unreadable). */
const FONT = 11;
const LEGEND_LINE = 18;
const ROW = {
  milestoneLines: [14, 30],
  markersTop: 38,
  status: { y: 48, height: 36 },
  severity: { y: 92, height: 20 },
  roles: { y: 120, height: 22 },
  checklists: { y: 150, height: 84 },
  axis: 242,
  legend: 276,
} as const;

export const STATUS_COLOUR: Readonly<Record<IncidentStatus, string>> = {
  investigating: '#bc4c00',
  identified: '#9a6700',
  mitigated: '#0969da',
  resolved: '#1a7f37',
};

const SEVERITY_COLOUR: Readonly<Record<Severity, string>> = {
  SEV1: '#82071e',
  SEV2: '#cf222e',
  SEV3: '#9a6700',
  SEV4: '#57606a',
};

/** Before the incident was declared (its start corrected earlier): impact nobody had named yet. */
const UNDECLARED_COLOUR = '#8c959f';

/** How much of the span an ended incident shows after its end. */
const ENDED_MARGIN = 0.06;

export type ShapeChecklist = Pick<ChecklistView, 'steps'>;

interface Period<T> {
  readonly value: T;
  readonly from: number;
  readonly to: number;
}

/**
 * The chart as an SVG element's markup, ready to put in a page or save as a
 * file. Drawn for a width (the export's 960 by default): a page that shows it
 * at its own width asks for that width, so the text is drawn at its true size
 * rather than shrunk with the whole picture, and the ticks and labels are
 * spaced for the room there is.
 */
/** `zone` is the one its times are read in: the export's, or the screen's (UTC, or the laptop's own), named on the axis. */
export function incidentShapeSvg(incident: IncidentView, checklists: readonly ShapeChecklist[], now: number, width = SHAPE_WIDTH, zone: ExportZone = UTC_ZONE): string {
  const frame = frameOf(Math.max(SHAPE_MIN_WIDTH, Math.round(width)));
  const scale = scaleOf(incident, checklists, now, frame.right);
  const ids = { title: `shape-${incident.id}-title`, desc: `shape-${incident.id}-desc` };
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-labelledby="${ids.title}" aria-describedby="${ids.desc}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" font-size="${FONT}" fill="currentColor">`,
    `<title id="${ids.title}">${escapeXml(`Shape of the ${incident.drill ? 'drill' : 'incident'}: ${incident.title}`)}</title>`,
    `<desc id="${ids.desc}">${escapeXml(describe(incident, checklists, scale, zone))}</desc>`,
    rowLabel('Status', ROW.status.y + ROW.status.height / 2),
    statusBands(incident, scale, zone),
    rowLabel('Severity', ROW.severity.y + ROW.severity.height / 2),
    severityBands(incident, scale, zone),
    rowLabel('Roles', ROW.roles.y + ROW.roles.height / 2),
    roleTicks(incident, scale, frame, zone),
    rowLabel('Checklists', ROW.checklists.y + ROW.checklists.height / 2),
    checklistLine(checklists, scale, frame),
    milestoneMarkers(incident, scale, frame, zone),
    axis(scale, frame, zone),
    frame.legend.markup,
    '</svg>',
  ];
  return parts.filter((part) => part !== '').join('\n');
}

/** From the earliest thing drawn (a start corrected to before the declaration) to the end, or now while it runs. */
function scaleOf(incident: IncidentView, checklists: readonly ShapeChecklist[], now: number, right: number): TimeScale {
  const moments = [
    incident.declaredAt,
    ...MILESTONES.map((milestone) => incident.milestones[milestone].at).filter((at): at is number => at !== null),
    ...incident.roles.flatMap((role) => role.history.map((change) => change.at)),
    ...stepStatusChanges(checklists).map((change) => change.at),
  ];
  const ended = incidentEndedAt(incident);
  const from = Math.min(...moments);
  const to = Math.max(ended ?? now, ...moments);
  // An incident that is over shows a little of its last status; one still running ends at now.
  return timeScale(from, ended === null ? to : to + Math.round((to - from) * ENDED_MARGIN), LEFT, right);
}

function periods<T>(changes: readonly { readonly at: number; readonly value: T }[], end: number): Period<T>[] {
  return changes.map((change, index) => ({ value: change.value, from: change.at, to: Math.max(change.at, changes[index + 1]?.at ?? end) }));
}

function statusPeriods(incident: IncidentView, scale: TimeScale): Period<IncidentStatus>[] {
  return periods(
    incident.statusHistory.map((change) => ({ at: change.at, value: change.status })),
    scale.to,
  );
}

function band(x1: number, x2: number, y: number, height: number, colour: string, label: string, tip: string): string {
  const width = round(Math.max(x2 - x1, 0.5));
  const fits = textWidth(label, FONT) + 8 <= width;
  const text = fits ? `<text x="${round(x1 + 4)}" y="${round(y + height / 2 + FONT / 2 - 1)}" fill="#ffffff">${escapeXml(label)}</text>` : '';
  return `<g><title>${escapeXml(tip)}</title><rect x="${x1}" y="${y}" width="${width}" height="${height}" fill="${colour}"/>${text}</g>`;
}

function statusBands(incident: IncidentView, scale: TimeScale, zone: ExportZone): string {
  const { y, height } = ROW.status;
  const bands: string[] = [];
  if (scale.from < incident.declaredAt) {
    bands.push(band(scale.x(scale.from), scale.x(incident.declaredAt), y, height, UNDECLARED_COLOUR, 'Not declared', `Not yet declared: ${exportMinute(scale.from, zone)} to ${exportMinute(incident.declaredAt, zone)}`));
  }
  for (const period of statusPeriods(incident, scale)) {
    const label = STATUS_LABEL[period.value];
    bands.push(band(scale.x(period.from), scale.x(period.to), y, height, STATUS_COLOUR[period.value], label, `${label}: ${exportMinute(period.from, zone)} to ${exportMinute(period.to, zone)}`));
  }
  return bands.join('\n');
}

function severityBands(incident: IncidentView, scale: TimeScale, zone: ExportZone): string {
  const { y, height } = ROW.severity;
  const changes = incident.severityHistory.map((change, index) => ({ at: index === 0 ? scale.from : change.at, value: change.severity }));
  return periods(changes, scale.to)
    .map((period) => band(scale.x(period.from), scale.x(period.to), y, height, SEVERITY_COLOUR[period.value], period.value, `${period.value}: ${exportMinute(period.from, zone)} to ${exportMinute(period.to, zone)}`))
    .join('\n');
}

function rowLabel(text: string, middle: number): string {
  return `<text x="${LEFT - 8}" y="${round(middle + FONT / 2 - 1)}" text-anchor="end">${escapeXml(text)}</text>`;
}

/** A tick for every change of a role's holder, named by the new holder where there is room. */
function roleTicks(incident: IncidentView, scale: TimeScale, frame: Frame, zone: ExportZone): string {
  const { y, height } = ROW.roles;
  const changes = incident.roles
    .flatMap((role) => role.history.map((change) => ({ role: role.name, ...change })))
    .sort((a, b) => a.at - b.at || a.role.localeCompare(b.role, 'en'));
  if (changes.length === 0) return `<text x="${LEFT + 4}" y="${round(y + height / 2 + FONT / 2 - 1)}" opacity="0.7">No role was assigned.</text>`;
  const labels = changes.map((change) => `${change.role}: ${change.to ?? 'vacant'}`);
  const lines = labelLines(
    changes.map((change, index) => ({ start: scale.x(change.at) + 3, end: scale.x(change.at) + 3 + textWidth(labels[index]!, FONT) })),
    1,
  );
  return changes
    .map((change, index) => {
      const x = scale.x(change.at);
      const who = change.from === null ? `${change.to ?? 'nobody'} took it` : `${change.from} → ${change.to ?? 'vacant'}`;
      const tip = `${change.role}: ${who}, ${exportMinute(change.at, zone)}${change.reason ? ` (${change.reason})` : ''}`;
      const label = lines[index] === 0 && x + 3 + textWidth(labels[index]!, FONT) <= frame.width ? `<text x="${round(x + 3)}" y="${y + height - 2}">${escapeXml(labels[index]!)}</text>` : '';
      return `<g><title>${escapeXml(tip)}</title><line x1="${x}" x2="${x}" y1="${y}" y2="${y + height}" stroke="currentColor" stroke-width="2"/>${label}</g>`;
    })
    .join('\n');
}

interface StatusChangeAt {
  readonly at: number;
  readonly step: string;
  readonly to: string;
}

/** Every status change of every step, in time order (a step's own order kept for equal times). */
function stepStatusChanges(checklists: readonly ShapeChecklist[]): StatusChangeAt[] {
  const changes = checklists.flatMap((checklist, c) =>
    checklist.steps.flatMap((step) => step.history.filter((change) => change.kind === 'status' && change.to !== null).map((change) => ({ at: change.at, step: `${c}/${step.id}`, to: change.to! }))),
  );
  return changes.map((change, index) => ({ change, index })).sort((a, b) => a.change.at - b.change.at || a.index - b.index).map(({ change }) => change);
}

/** Done steps over time, a stepped line from 0 towards the total of every checklist. */
function checklistLine(checklists: readonly ShapeChecklist[], scale: TimeScale, frame: Frame): string {
  const { y, height } = ROW.checklists;
  const total = checklists.reduce((sum, checklist) => sum + checklist.steps.length, 0);
  const textY = round(y + FONT);
  if (total === 0) return `<text x="${LEFT + 4}" y="${textY}" opacity="0.7">No checklist was attached.</text>`;
  const bottom = y + height;
  const yOf = (done: number) => round(bottom - (done / total) * (height - FONT - 4));
  const statusOf = new Map<string, string>();
  let done = 0;
  let path = `M${scale.x(scale.from)} ${yOf(0)}`;
  for (const change of stepStatusChanges(checklists)) {
    const before = statusOf.get(change.step);
    statusOf.set(change.step, change.to);
    const next = done + (change.to === 'done' ? 1 : 0) - (before === 'done' ? 1 : 0);
    if (next === done) continue;
    done = next;
    path += ` H${scale.x(change.at)} V${yOf(done)}`;
  }
  path += ` H${scale.x(scale.to)}`;
  const finished = checklists.reduce((sum, checklist) => sum + checklist.steps.filter((step) => step.status === 'done').length, 0);
  return [
    `<line x1="${LEFT}" x2="${frame.right}" y1="${yOf(total)}" y2="${yOf(total)}" stroke="currentColor" stroke-opacity="0.3" stroke-dasharray="2 3"/>`,
    `<line x1="${LEFT}" x2="${frame.right}" y1="${bottom}" y2="${bottom}" stroke="currentColor" stroke-opacity="0.3"/>`,
    `<path d="${path}" fill="none" stroke="${STATUS_COLOUR.resolved}" stroke-width="2"/>`,
    `<text x="${LEFT + 4}" y="${textY}">${escapeXml(`${finished} of ${total} ${total === 1 ? 'step' : 'steps'} done`)}</text>`,
  ].join('\n');
}

/** The milestones that are set, those at the same moment named together. */
function milestoneGroups(incident: IncidentView, scale: TimeScale): { x: number; at: number; milestones: Milestone[] }[] {
  const groups: { x: number; at: number; milestones: Milestone[] }[] = [];
  const set = MILESTONES.filter((milestone) => incident.milestones[milestone].at !== null).sort((a, b) => incident.milestones[a].at! - incident.milestones[b].at!);
  for (const milestone of set) {
    const at = incident.milestones[milestone].at!;
    const x = scale.x(at);
    const same = groups.find((group) => Math.abs(group.x - x) < 1);
    if (same) same.milestones.push(milestone);
    else groups.push({ x, at, milestones: [milestone] });
  }
  return groups;
}

function milestoneMarkers(incident: IncidentView, scale: TimeScale, frame: Frame, zone: ExportZone): string {
  const groups = milestoneGroups(incident, scale);
  const labels = groups.map((group) => group.milestones.map((milestone) => MILESTONE_LABEL[milestone]).join(', '));
  const placed = groups.map((group, index) => {
    const width = textWidth(labels[index]!, FONT);
    // Near the right edge a label reads leftwards from its line.
    const start = group.x + width + 3 > frame.width ? group.x - width - 3 : group.x + 3;
    return { start, end: start + width };
  });
  const lines = labelLines(placed, ROW.milestoneLines.length);
  return groups
    .map((group, index) => {
      const line = lines[index] ?? null;
      const tip = group.milestones.map((milestone) => `${MILESTONE_LABEL[milestone]}: ${exportMinute(group.at, zone)}${incident.milestones[milestone].source === 'set' ? ' (set by hand)' : ''}`).join('; ');
      const label = line === null ? '' : `<text x="${round(placed[index]!.start)}" y="${ROW.milestoneLines[line]}">${escapeXml(labels[index]!)}</text>`;
      const top = line === null ? ROW.markersTop : ROW.milestoneLines[line]! + 3;
      return `<g><title>${escapeXml(tip)}</title><line x1="${group.x}" x2="${group.x}" y1="${top}" y2="${ROW.axis}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="4 3"/>${label}</g>`;
    })
    .join('\n');
}

function axis(scale: TimeScale, frame: Frame, zone: ExportZone): string {
  const y = ROW.axis;
  // As many ticks as their labels have room for side by side ("14 Mar 02:05" when the span crosses days).
  const widest = textWidth(axisTicks(scale, zone)[0]?.label ?? '00:00', FONT) + 12;
  const ticks = axisTicks(scale, zone, Math.max(2, Math.floor((frame.right - LEFT) / widest))).map((tick) => {
    const x = scale.x(tick.at);
    return `<line x1="${x}" x2="${x}" y1="${y}" y2="${y + 4}" stroke="currentColor"/><text x="${x}" y="${y + 16}" text-anchor="middle">${escapeXml(tick.label)}</text>`;
  });
  return [`<line x1="${LEFT}" x2="${frame.right}" y1="${y}" y2="${y}" stroke="currentColor"/>`, `<text x="${LEFT - 8}" y="${y + 16}" text-anchor="end">${escapeXml(exportZoneLabel(scale.from, zone))}</text>`, ...ticks].join('\n');
}

interface Frame {
  readonly width: number;
  readonly right: number;
  readonly height: number;
  readonly legend: { readonly markup: string };
}

function frameOf(width: number): Frame {
  const legendLaidOut = legend(width);
  return { width, right: width - RIGHT_MARGIN, height: SHAPE_HEIGHT + (legendLaidOut.lines - 1) * LEGEND_LINE, legend: legendLaidOut };
}

/** The key, item after item, on as many lines as the width needs. */
function legend(width: number): { markup: string; lines: number } {
  const items = [
    ...INCIDENT_STATUSES.map((status) => ({
      width: 14 + textWidth(STATUS_LABEL[status], FONT),
      draw: (x: number, y: number) => `<rect x="${x}" y="${y}" width="10" height="10" fill="${STATUS_COLOUR[status]}"/><text x="${x + 14}" y="${y + 9}">${STATUS_LABEL[status]}</text>`,
    })),
    {
      width: 22 + textWidth('Milestone', FONT),
      draw: (x: number, y: number) =>
        `<line x1="${x}" x2="${x + 18}" y1="${y + 5}" y2="${y + 5}" stroke="currentColor" stroke-width="1.5" stroke-dasharray="4 3"/><text x="${x + 22}" y="${y + 9}">Milestone</text>`,
    },
    {
      width: 22 + textWidth('Checklist steps done', FONT),
      draw: (x: number, y: number) =>
        `<line x1="${x}" x2="${x + 18}" y1="${y + 5}" y2="${y + 5}" stroke="${STATUS_COLOUR.resolved}" stroke-width="2"/><text x="${x + 22}" y="${y + 9}">Checklist steps done</text>`,
    },
  ];
  let x = LEFT;
  let line = 0;
  const drawn = items.map((item) => {
    if (x > LEFT && x + item.width > width - RIGHT_MARGIN) {
      x = LEFT;
      line += 1;
    }
    const markup = item.draw(x, ROW.legend + line * LEGEND_LINE);
    x = round(x + item.width + 16);
    return markup;
  });
  return { markup: drawn.join('\n'), lines: line + 1 };
}

/** The chart in words, for whoever cannot see it. */
function describe(incident: IncidentView, checklists: readonly ShapeChecklist[], scale: TimeScale, zone: ExportZone): string {
  const sentences: string[] = [];
  const severities = incident.severityHistory.map((change) => change.severity);
  sentences.push(`From ${exportMinute(scale.from, zone)} to ${exportMinute(scale.to, zone)}${incidentEndedAt(incident) === null ? ' (still running)' : ''}.`);
  sentences.push(`Status: ${statusPeriods(incident, scale).map((period) => `${STATUS_LABEL[period.value].toLowerCase()} from ${exportMinute(period.from, zone)}`).join(', ')}.`);
  sentences.push(`Severity: ${severities.join(' then ')}.`);
  sentences.push(
    `Milestones: ${MILESTONES.map((milestone) => {
      const at = incident.milestones[milestone].at;
      return `${MILESTONE_LABEL[milestone].toLowerCase()} ${at === null ? 'not yet' : exportMinute(at, zone)}`;
    }).join(', ')}.`,
  );
  const changes = incident.roles.reduce((sum, role) => sum + role.history.length, 0);
  const handOvers = incident.roles.reduce((sum, role) => sum + role.history.filter((change) => change.from !== null).length, 0);
  sentences.push(`${changes} ${changes === 1 ? 'role change' : 'role changes'}, ${handOvers} of them ${handOvers === 1 ? 'a hand-over' : 'hand-overs'}.`);
  const steps = checklists.flatMap((checklist) => checklist.steps);
  if (steps.length > 0) {
    const count = (status: string) => steps.filter((step) => step.status === status).length;
    sentences.push(`Checklists: ${count('done')} of ${steps.length} steps done, ${count('skipped')} skipped, ${count('blocked')} blocked.`);
  }
  return sentences.join(' ');
}
