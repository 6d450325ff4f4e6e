/**
 * What Holdfast drafts for whoever takes a role next: what the role holds
 * open now (its steps, the services they bring back, the promises its holder
 * made, the updates owed, the partners engaged, the roles nobody holds) and
 * what changed in the last hours. Judged at `now`, never folded: a promise
 * due in ten minutes when the brief is drafted is said so, in words that
 * stay true when read later ("due 14:30 UTC"). Pure: the host calls it with
 * the incident as it is, and the tests with one built by hand.
 */
import type { IncidentDetail } from '../api.js';
import { ENGAGEMENT_LABEL } from '../people/engagement.js';
import type { ChecklistView, StepView } from '../projection/checklist-views.js';
import type { BriefSection } from '../projection/outreach-views.js';
import type { RoleView, TimelineEntryView } from '../projection/views.js';
import { compareEntries, entryMoment, TIMELINE_KIND_LABEL } from '../projection/views.js';
import { isVerifiedUp, shownState } from '../services/freshness.js';
import { SERVICE_STATE_LABEL } from '../services/service-state.js';
import { slug } from '../text/slug.js';
import { exportClock, exportZoneLabel, type ExportZone } from '../time/export-time.js';
import { AUDIENCE_LABEL } from '../updates/audience.js';
import type { Cadence } from '../updates/cadence.js';
import { latestUpdate, nextUpdateDueAt } from '../updates/due.js';
import { BRIEF_HEADINGS, changesHeading, type BriefDraft } from './brief-draft.js';
import { LIMITS } from '../limits.js';

export interface BriefDraftInput {
  readonly detail: IncidentDetail;
  readonly role: RoleView;
  readonly hours: number;
  readonly now: number;
  readonly cadence: Cadence;
  /** The zone the brief's times are written in, named beside each. */
  readonly zone: ExportZone;
}

/** A brief is read by one person at a shift change: the newest changes are kept, the oldest left to the timeline. */
export const MOST_CHANGES = 60;

const MOST_LINES = 200;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const sameName = (a: string | null, b: string | null) => a !== null && b !== null && a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

/** "14:05 UTC" */
function clock(ms: number, zone: ExportZone): string {
  return `${exportClock(ms, zone)} ${exportZoneLabel(ms, zone)}`;
}

/** "12 min", "2 h 05 min": how long, in words a tired person reads at once. */
function minutes(ms: number): string {
  const total = Math.max(1, Math.round(ms / MINUTE_MS));
  if (total < 60) return `${total} min`;
  const rest = total % 60;
  return rest === 0 ? `${Math.floor(total / 60)} h` : `${Math.floor(total / 60)} h ${String(rest).padStart(2, '0')} min`;
}

/** "due 14:30 UTC (in 12 min)", "due 14:30 UTC (overdue by 5 min)". */
function due(at: number, now: number, zone: ExportZone): string {
  return `due ${clock(at, zone)} (${at >= now ? `in ${minutes(at - now)}` : `overdue by ${minutes(now - at)}`})`;
}

/** A line fits the event's limit for one: a long timeline entry is cut, with an ellipsis saying so. */
function line(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LIMITS.reasonChars ? flat : `${flat.slice(0, LIMITS.reasonChars - 1)}…`;
}

/** A step belongs to the role by its id, its card, or its name written as an id (as "next for me" matches them). */
function stepOfRole(step: StepView, role: RoleView): boolean {
  return step.role !== null && (step.role === role.id || step.role === role.cardId || step.role === slug(role.name, role.id));
}

function isOpen(step: StepView): boolean {
  if (step.status === 'skipped') return false;
  // A four-eyes step marked done is open until a second person confirms it.
  return step.status !== 'done' || (step.confirmation !== null && step.confirmation.confirmedBy === null);
}

function stepState(step: StepView, checklist: ChecklistView): string {
  if (step.status === 'done') return 'done, waiting for a second person to confirm';
  if (step.status === 'blocked') return step.reason === '' ? 'blocked' : `blocked: ${step.reason}`;
  if (step.status === 'in_progress') return 'in progress';
  const titleOf = (id: string) => checklist.steps.find((one) => one.id === id)?.title ?? id;
  return step.waiting ? `to do, waiting on: ${step.waitingOn.map(titleOf).join('; ')}` : 'to do';
}

function openSteps(checklists: readonly ChecklistView[], role: RoleView): { checklist: ChecklistView; step: StepView }[] {
  return checklists.flatMap((checklist) =>
    checklist.steps.filter((step) => isOpen(step) && (sameName(step.assignee, role.holder) || stepOfRole(step, role))).map((step) => ({ checklist, step })),
  );
}

function stepLine({ checklist, step }: { checklist: ChecklistView; step: StepView }, role: RoleView): string {
  const assigned = step.assignee !== null && !sameName(step.assignee, role.holder) ? `, assigned to ${step.assignee}` : '';
  return line(`${step.title} (${checklist.title}): ${stepState(step, checklist)}${assigned}`);
}

function servicesSection(input: BriefDraftInput, steps: readonly { step: StepView }[]): BriefSection | null {
  const { detail, role, now, zone } = input;
  const coordinating = role.id === 'coordinator';
  const restored = new Set(steps.flatMap(({ step }) => step.restores));
  const services = detail.board.services.filter((service) => (coordinating || restored.has(service.id)) && !isVerifiedUp(service, now));
  if (!coordinating && services.length === 0) return null;
  const items = services.map((service) => {
    const shown = shownState(service, now);
    const state = shown === 'unverified' ? `not checked for ${minutes(now - service.lastCheck!.at)}` : SERVICE_STATE_LABEL[shown];
    const checked = service.lastCheck === null ? ', never checked by hand' : `, last checked by ${service.lastCheck.by} at ${clock(service.lastCheck.at, zone)}`;
    return line(`${service.name}: ${state}${checked}`);
  });
  return { heading: BRIEF_HEADINGS.services, items };
}

function promisesSection({ detail, role, now, zone }: BriefDraftInput): BriefSection {
  const promises = detail.outreach.promises.filter((promise) => promise.status === 'open' && sameName(promise.madeBy, role.holder));
  return { heading: BRIEF_HEADINGS.promises, items: promises.map((promise) => line(`${promise.what}, to ${promise.to}: ${due(promise.dueAt, now, zone)}`)) };
}

function updatesSection({ detail, now, zone, cadence }: BriefDraftInput): BriefSection {
  const { incident } = detail;
  const dueAt = nextUpdateDueAt(incident, cadence);
  const latest = latestUpdate(incident);
  const items = [dueAt === null ? 'No update is owed: the incident is resolved.' : `Next update ${due(dueAt, now, zone)}`];
  if (latest !== null) items.push(`Last update: to ${AUDIENCE_LABEL[latest.audience]}, at ${clock(latest.at, zone)} by ${latest.by}`);
  return { heading: BRIEF_HEADINGS.updates, items };
}

function partnersSection({ detail, zone }: BriefDraftInput): BriefSection {
  const engaged = detail.incident.partners.filter((partner) => partner.level !== 'released');
  return { heading: BRIEF_HEADINGS.partners, items: engaged.map((partner) => `${partner.partnerName}: ${ENGAGEMENT_LABEL[partner.level]}, since ${clock(partner.since, zone)}`) };
}

function vacantSection({ detail, role }: BriefDraftInput): BriefSection {
  return { heading: BRIEF_HEADINGS.vacant, items: detail.incident.vacantKeyRoles.filter((name) => name !== role.name) };
}

function changesSection({ detail, hours, now, zone }: BriefDraftInput): BriefSection {
  const since = now - hours * HOUR_MS;
  const recent = detail.timeline.filter((entry) => !entry.struck && entryMoment(entry) >= since && entryMoment(entry) <= now).sort(compareEntries);
  const kept = recent.slice(-MOST_CHANGES);
  const changeLine = (entry: TimelineEntryView) => line(`${clock(entryMoment(entry), zone)} ${TIMELINE_KIND_LABEL[entry.kind]} by ${entry.author}: ${entry.text}`);
  const items = kept.map(changeLine);
  const left = recent.length - kept.length;
  if (left > 0) items.unshift(`${left} earlier ${left === 1 ? 'entry is' : 'entries are'} on the timeline.`);
  return { heading: changesHeading(hours), items };
}

export function draftBrief(input: BriefDraftInput): BriefDraft {
  const { detail, role, hours } = input;
  const steps = openSteps(detail.checklists, role);
  const sections: BriefSection[] = [{ heading: BRIEF_HEADINGS.steps, items: steps.map((held) => stepLine(held, role)) }, promisesSection(input)];
  const services = servicesSection(input, steps);
  if (services) sections.push(services);
  if (role.id === 'reporter') sections.push(updatesSection(input));
  if (role.id === 'partner-liaison') sections.push(partnersSection(input));
  if (role.id === 'coordinator') sections.push(vacantSection(input));
  sections.push(changesSection(input));
  // A section holds at most 200 lines (the event's limit); a role holding more has the rest on screen.
  const fitted = sections.map((section) => ({ heading: section.heading, items: section.items.slice(0, MOST_LINES) }));
  return { incidentId: detail.incident.id, roleId: role.id, roleName: role.name, holder: role.holder, hours, sections: fitted };
}
