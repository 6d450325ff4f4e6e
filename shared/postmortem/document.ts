/**
 * The post-mortem as a document: everything the Markdown, HTML and JSON
 * renderers need, drafted from the incident and what people wrote for it,
 * and nothing about how it looks. The renderers only lay it out, so the
 * three files always say the same thing.
 *
 * What Holdfast can draft it drafts (the summary and impact from the
 * declaration, marked as drafted until somebody writes them); what only
 * people can write is left empty and named in the warnings. A post-mortem
 * with no action item that prevents a recurrence is a draft: it can be
 * exported, but it says so on every page.
 *
 * Pure: `now` is when it is drafted, and the right edge of anything still
 * running.
 */
import type { IncidentDetail } from '../api.js';
import type { MilestoneCorrection, SeverityChange } from '../projection/postmortem-views.js';
import { compareEntries, entryMoment, type HandOver, type IncidentView, type TimelineEntryView, type TimelineKind } from '../projection/views.js';
import type { IncidentStatus } from '../status.js';
import { SEVERITIES, type Severity } from '../severity.js';
import { AUDIENCE_LABEL, type Audience } from '../updates/audience.js';
import { executedChecklist, type ExecutedChecklist } from './executed-checklists.js';
import { servicesAffected, type ServicesAffected } from './services-affected.js';
import { outreachRecord, type OutreachRecord } from './outreach/outreach-record.js';
import { notUpWarning } from './services-labels.js';
import { incidentMetrics, type IncidentMetrics } from './metrics.js';
import { MILESTONES, MILESTONE_LABEL, type Milestone, type MilestoneSource } from './milestones.js';
import { postMortemWarnings } from './post-mortem-warnings.js';
import { ACTION_KIND_LABEL, REVIEW_SECTION_HINT, REVIEW_SECTION_LABEL, type ActionKind, type ReviewSection } from './review.js';
import { draftedImpact, draftedSummary } from './drafted-text.js';
import { UTC_ZONE, type ExportZone } from '../time/export-time.js';
import type { CategoryTaxonomyView } from '../categories/taxonomy.js';
import { documentCategories, type DocumentCategories } from './document-categories.js';

/** The sections only people can write, in the order the document gives them. */
export const WRITTEN_SECTIONS = ['contributing_factors', 'went_well', 'went_badly', 'lucky'] as const satisfies readonly ReviewSection[];
export type WrittenSection = (typeof WRITTEN_SECTIONS)[number];

/** A part of the document a person writes; Holdfast drafts the summary and impact until someone does. */
export interface DocumentText {
  readonly section: ReviewSection;
  readonly label: string;
  /** The question it answers, shown when it is still empty. */
  readonly hint: string;
  readonly text: string;
  /** Drafted by Holdfast from the incident, not written by a person. */
  readonly drafted: boolean;
  /** Who wrote the version shown, and when; null when drafted or empty. */
  readonly by: string | null;
  readonly at: number | null;
}

export interface DocumentMilestone {
  readonly milestone: Milestone;
  readonly label: string;
  /** Null while it has not happened ("not yet"). */
  readonly at: number | null;
  readonly source: MilestoneSource;
  readonly setBy: string | null;
  readonly reason: string;
  /** Every correction made by hand, oldest first. */
  readonly corrections: readonly MilestoneCorrection[];
}

export interface DocumentRole {
  readonly name: string;
  readonly key: boolean;
  /** Who holds it at the end; null when vacant. */
  readonly holder: string | null;
  /** Every change of holder, oldest first: the first assignment, hand-overs, vacating. */
  readonly changes: readonly HandOver[];
}

export interface DocumentPerson {
  readonly name: string;
  /** Roles they held at any time, in the order they first took them. */
  readonly roles: readonly string[];
  /** Timeline entries they wrote themselves: what Holdfast wrote when they acted (a status change, a step done) is not their words. */
  readonly entries: number;
}

export interface TimelineLine {
  readonly id: string;
  /** When it happened: the time it was said to happen, else when it was written down. */
  readonly at: number;
  readonly kind: TimelineKind;
  readonly text: string;
  readonly author: string;
  /** Written down later than it happened: when it was recorded. */
  readonly recordedAt: number | null;
  readonly edited: boolean;
  /** Written by the log itself (a status change, a step done), not by a person. */
  readonly system: boolean;
  /** Who starred it as a key moment; null when it is not one. */
  readonly starredBy: string | null;
}

export interface DocumentStatusUpdate {
  readonly audience: Audience;
  readonly audienceLabel: string;
  readonly text: string;
  readonly at: number;
  readonly by: string;
}

export interface DocumentAction {
  readonly id: string;
  readonly what: string;
  readonly owner: string;
  /** YYYY-MM-DD, or null when none was agreed. */
  readonly due: string | null;
  readonly kind: ActionKind;
  readonly kindLabel: string;
}

export interface PostMortem {
  readonly incidentId: string;
  readonly title: string;
  /** Set for a drill: a rehearsal, with metrics of its own left out of real ones. */
  readonly drill: { readonly runbookId: string; readonly state: 'running' | 'completed' | 'stopped'; readonly note: string } | null;
  readonly status: IncidentStatus;
  readonly declaredAt: number;
  readonly declaredBy: string;
  readonly severity: {
    readonly declared: Severity;
    readonly highest: Severity;
    readonly final: Severity;
    /** Oldest first, starting with the declared one. */
    readonly changes: readonly SeverityChange[];
  };
  /** From when the impact started to when it was resolved (or now, while open). */
  readonly duration: { readonly from: number; readonly to: number; readonly ms: number; readonly open: boolean };
  readonly summary: DocumentText;
  readonly impact: DocumentText;
  readonly milestones: readonly DocumentMilestone[];
  readonly metrics: IncidentMetrics;
  readonly roles: readonly DocumentRole[];
  readonly people: readonly DocumentPerson[];
  readonly timeline: {
    /** Starred entries, in timeline order (struck ones left out). */
    readonly keyMoments: readonly TimelineLine[];
    /** Every entry that stands, in timeline order. */
    readonly chronology: readonly TimelineLine[];
    /** Entries struck out, left out of the document. */
    readonly struckLeftOut: number;
  };
  readonly checklists: readonly ExecutedChecklist[];
  /** The services on the incident's board, their times and restart order; null when none was on it. */
  readonly services: ServicesAffected | null;
  /** Call-out, deliveries, promises and shift briefs: each null when the incident had none. */
  readonly outreach: OutreachRecord;
  /** Its causes and the services affected, named from `taxonomy`; null until somebody categorised it. */
  readonly categories: DocumentCategories | null;
  /** Oldest first. */
  readonly statusUpdates: readonly DocumentStatusUpdate[];
  /** Contributing factors, what went well, what went badly, where we got lucky. */
  readonly sections: readonly DocumentText[];
  /** In the order they were first added. */
  readonly actions: readonly DocumentAction[];
  /** Lacks an action item that prevents a recurrence. */
  readonly draft: boolean;
  /** What the person should know before sending it, each one sentence. */
  readonly warnings: readonly string[];
  readonly generatedAt: number;
}

function documentText(incident: IncidentView, section: ReviewSection, drafted: string | null): DocumentText {
  const written = incident.review.sections[section];
  const base = { section, label: REVIEW_SECTION_LABEL[section], hint: REVIEW_SECTION_HINT[section] };
  if (written && written.text.trim() !== '') return { ...base, text: written.text, drafted: false, by: written.by, at: written.at };
  return { ...base, text: drafted ?? '', drafted: drafted !== null && drafted !== '', by: null, at: null };
}

function timelineLine(entry: TimelineEntryView, starredBy: ReadonlyMap<string, string>): TimelineLine {
  return {
    id: entry.id,
    at: entryMoment(entry),
    kind: entry.kind,
    text: entry.text,
    author: entry.author,
    recordedAt: entry.happenedAt !== null && entry.happenedAt !== entry.recordedAt ? entry.recordedAt : null,
    edited: entry.revisions.length > 1,
    system: !entry.editable,
    starredBy: starredBy.get(entry.id) ?? null,
  };
}

function timelineOf(incident: IncidentView, entries: readonly TimelineEntryView[]): PostMortem['timeline'] {
  const starredBy = new Map(incident.keyMoments.map((moment) => [moment.entryId, moment.by]));
  const ordered = [...entries].sort(compareEntries);
  // A struck-out entry was wrong: it is no part of the chronology, nor of its highlights, even when it had been starred.
  const standing = ordered.filter((entry) => !entry.struck);
  const chronology = standing.map((entry) => timelineLine(entry, starredBy));
  return {
    keyMoments: chronology.filter((line) => line.starredBy !== null),
    chronology,
    struckLeftOut: ordered.length - standing.length,
  };
}

/** Everyone who took part: first those on the timeline in the order they first appear, then role holders who wrote nothing. */
function peopleOf(incident: IncidentView, chronology: readonly TimelineLine[]): DocumentPerson[] {
  const entries = new Map<string, number>();
  // What Holdfast wrote when someone clicked (a status change, a role added) shows they took part, but is not their words.
  for (const line of chronology) entries.set(line.author, (entries.get(line.author) ?? 0) + (line.system ? 0 : 1));
  const roles = new Map<string, string[]>();
  const changes = incident.roles.flatMap((role) => role.history.map((change) => ({ role: role.name, change }))).sort((a, b) => a.change.at - b.change.at);
  for (const { role, change } of changes) {
    if (change.to === null) continue;
    const held = roles.get(change.to) ?? [];
    if (!held.includes(role)) held.push(role);
    roles.set(change.to, held);
  }
  const names = [...new Set([...entries.keys(), ...roles.keys()])];
  return names.map((name) => ({ name, roles: roles.get(name) ?? [], entries: entries.get(name) ?? 0 }));
}

function highestOf(changes: readonly SeverityChange[], fallback: Severity): Severity {
  return changes.reduce<Severity>((highest, change) => (SEVERITIES.indexOf(change.severity) < SEVERITIES.indexOf(highest) ? change.severity : highest), fallback);
}

/** `zone` is the one the drafted text's times are written in: the export's, or the screen's. */
/** `taxonomy` names the categories' ids (the log keeps only ids); without it the ids stand for their names. */
export function draftPostMortem(detail: IncidentDetail, now: number, zone: ExportZone = UTC_ZONE, taxonomy: CategoryTaxonomyView | null = null): PostMortem {
  const { incident } = detail;
  const metrics = incidentMetrics(incident, now);
  const timeline = timelineOf(incident, detail.timeline);
  const checklists = detail.checklists.map(executedChecklist);
  const duration = { ...metrics.window, ms: Math.max(0, metrics.window.to - metrics.window.from) };
  const sections = WRITTEN_SECTIONS.map((section) => documentText(incident, section, null));
  const actions = incident.review.actions.map((action) => ({
    id: action.id,
    what: action.what,
    owner: action.owner,
    due: action.due,
    kind: action.kind,
    kindLabel: ACTION_KIND_LABEL[action.kind],
  }));
  const summary = documentText(incident, 'summary', draftedSummary(incident, duration, zone));
  const impact = documentText(incident, 'impact', draftedImpact(incident));
  const { draft, warnings } = postMortemWarnings({ incident, metrics, texts: [summary, impact, ...sections], actions });
  const declared = incident.severityHistory[0]?.severity ?? incident.severity;
  const services = servicesAffected(detail.board, duration.from, now);
  if (services !== null && services.notUp.length > 0) warnings.push(notUpWarning(services.notUp));
  return {
    incidentId: incident.id,
    title: incident.title,
    drill: incident.drill && metrics.leftOutBecause !== null ? { runbookId: incident.drill.runbookId, state: incident.drill.state, note: metrics.leftOutBecause } : null,
    status: incident.status,
    declaredAt: incident.declaredAt,
    declaredBy: incident.declaredBy,
    severity: { declared, highest: highestOf(incident.severityHistory, incident.severity), final: incident.severity, changes: incident.severityHistory },
    duration,
    summary,
    impact,
    milestones: MILESTONES.map((milestone) => {
      const view = incident.milestones[milestone];
      return { milestone, label: MILESTONE_LABEL[milestone], at: view.at, source: view.source, setBy: view.setBy, reason: view.reason, corrections: view.history };
    }),
    metrics,
    roles: incident.roles.map((role) => ({ name: role.name, key: role.key, holder: role.holder, changes: role.history })),
    people: peopleOf(incident, timeline.chronology),
    timeline,
    checklists,
    services,
    outreach: outreachRecord(detail, now),
    categories: documentCategories(incident.categories, taxonomy),
    statusUpdates: incident.statusUpdates.map((update) => ({ audience: update.audience, audienceLabel: AUDIENCE_LABEL[update.audience], text: update.text, at: update.at, by: update.by })),
    sections,
    actions,
    draft,
    warnings,
    generatedAt: now,
  };
}
