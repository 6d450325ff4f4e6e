/**
 * The one-page briefing for management (issue 16): what a director asks
 * the coordinator every half hour, answered on one sheet so the coordinator
 * can go back to the room. How bad and how long, what it does to customers,
 * what is being done, when they will hear next, whom to call, what was
 * promised outside the room, and which partners are in it.
 *
 * Built from what the incident's screen shows (IncidentDetail) and the
 * roster, at `now`: everything that depends on the clock (how long, what is
 * overdue, which checks are still believed) is judged here, when the page
 * is made, never in the fold. The HTML is render-briefing-html.ts.
 */
import type { IncidentDetail } from '../api.js';
import { ENGAGEMENT_LABEL, ENGAGEMENT_MEANING } from '../people/engagement.js';
import type { ChecklistView, StepView } from '../projection/checklist-views.js';
import { incidentDurationMs, incidentEndedAt, type PartnerView, type PersonView, type RoleView } from '../projection/views.js';
import type { PromiseView } from '../projection/outreach-views.js';
import { KEY_ROLES } from '../roles/roles.js';
import { isVerifiedUp, shownState } from '../services/freshness.js';
import { SERVICE_STATE_LABEL } from '../services/service-state.js';
import { whyNotVerifiedUp } from '../services/why-not-verified.js';
import { SEVERITY_MEANING, type Severity } from '../severity.js';
import { STATUS_LABEL } from '../status.js';
import type { ExportZone } from '../time/export-time.js';
import { AUDIENCE_LABEL } from '../updates/audience.js';
import type { Cadence } from '../updates/cadence.js';
import { latestUpdate, nextUpdateDueAt } from '../updates/due.js';
import { shortened, type ShortText } from './short-text.js';

/** How much of each piece of typed text fits on a sheet that must stay one or two pages. */
const TEXT_CHARS = { impact: 700, update: 900, promise: 240, reason: 160 } as const;
/** Steps listed per checklist and kind; the rest are counted ("and 4 more"). */
const STEPS_LISTED = 4;
/** Open promises listed, the soonest due; the rest are counted. */
const PROMISES_LISTED = 6;

export interface BriefingInput {
  readonly detail: IncidentDetail;
  /** The roster: where the key roles' holders' phones come from. */
  readonly people: readonly PersonView[];
  /** Where an engaged partner's contact comes from. */
  readonly partners: readonly PartnerView[];
  /** The reporter's rhythm, per severity (runbooks/status-updates/cadence.yaml). */
  readonly cadence: Cadence;
  readonly now: number;
  readonly zone: ExportZone;
}

export interface BriefingStep {
  readonly title: string;
  /** Who has it, or null when nobody does. */
  readonly who: string | null;
  /** Why it is blocked; '' otherwise. */
  readonly reason: string;
}

export interface StepList {
  readonly steps: readonly BriefingStep[];
  /** How many more there are than listed. */
  readonly more: number;
}

export interface BriefingChecklist {
  readonly title: string;
  readonly total: number;
  readonly done: number;
  readonly skipped: number;
  readonly completed: boolean;
  readonly inProgress: StepList;
  /** Steps ready to start: to do, and nothing they need is unfinished. */
  readonly next: StepList;
  readonly blocked: StepList;
}

export interface NotUpService {
  readonly name: string;
  /** What the board shows ("Down", "Unverified"), and why it does not count as up, in words. */
  readonly shown: string;
  readonly why: string;
}

export interface ServicesBriefing {
  readonly inScope: number;
  readonly verifiedUp: number;
  /** Tier 1 first; only tiers with a service not verified up. */
  readonly notUpByTier: readonly { readonly tier: number; readonly services: readonly NotUpService[] }[];
}

export interface LatestUpdateBriefing {
  readonly at: number;
  readonly audience: string;
  readonly by: string;
  readonly text: ShortText;
}

export interface NextUpdateBriefing {
  /** null: none is owed (resolved, or "no further updates" and the cadence says nothing). */
  readonly dueAt: number | null;
  /** How long it is overdue at `now`; null while it is not. */
  readonly overdueMs: number | null;
}

export interface KeyRoleBriefing {
  readonly role: string;
  readonly holder: string | null;
  /** '' when the roster has no phone for them (or they are not on it). */
  readonly phone: string;
  readonly since: number | null;
}

export interface PromiseBriefing {
  readonly what: ShortText;
  readonly to: string;
  readonly madeBy: string;
  readonly dueAt: number;
  /** How long it is overdue at `now`; null while it is not due yet. */
  readonly overdueMs: number | null;
}

export interface PartnerBriefing {
  readonly name: string;
  readonly level: string;
  readonly meaning: string;
  readonly since: number;
  /** The first contact on the partner's card, "Name (role), phone"; '' when it has none. */
  readonly contact: string;
}

export interface Briefing {
  readonly incidentId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly severityMeaning: string;
  readonly status: string;
  readonly resolved: boolean;
  /** A rehearsal: said at the top, so nobody reads it as a real outage. */
  readonly drill: boolean;
  readonly declaredAt: number;
  readonly declaredBy: string;
  /** When it stopped running (resolved, drill ended); null while it runs. */
  readonly endedAt: number | null;
  readonly durationMs: number;
  readonly publicImpact: ShortText;
  readonly summary: ShortText;
  readonly checklists: readonly BriefingChecklist[];
  /** null when no service is in scope. */
  readonly services: ServicesBriefing | null;
  readonly latestUpdate: LatestUpdateBriefing | null;
  readonly nextUpdate: NextUpdateBriefing;
  readonly keyRoles: readonly KeyRoleBriefing[];
  /** Open ones only, soonest due first (the first few: see morePromises). */
  readonly openPromises: readonly PromiseBriefing[];
  /** Open promises due later than those listed. */
  readonly morePromises: number;
  /** Partners engaged now (not released), in the order engaged. */
  readonly partners: readonly PartnerBriefing[];
  readonly generatedAt: number;
  readonly zone: ExportZone;
}

export function buildBriefing({ detail, people, partners, cadence, now, zone }: BriefingInput): Briefing {
  const { incident } = detail;
  const latest = latestUpdate(incident);
  const dueAt = nextUpdateDueAt(incident, cadence);
  return {
    incidentId: incident.id,
    title: incident.title,
    severity: incident.severity,
    severityMeaning: SEVERITY_MEANING[incident.severity],
    status: STATUS_LABEL[incident.status],
    resolved: incident.status === 'resolved',
    drill: incident.drill !== null,
    declaredAt: incident.declaredAt,
    declaredBy: incident.declaredBy,
    endedAt: incidentEndedAt(incident),
    durationMs: incidentDurationMs(incident, now),
    publicImpact: shortened(incident.publicImpact, TEXT_CHARS.impact),
    summary: shortened(incident.summary, TEXT_CHARS.impact),
    checklists: detail.checklists.map(checklistBriefing),
    services: servicesBriefing(detail, now),
    latestUpdate:
      latest === null ? null : { at: latest.at, audience: AUDIENCE_LABEL[latest.audience], by: latest.by, text: shortened(latest.text, TEXT_CHARS.update) },
    nextUpdate: { dueAt, overdueMs: dueAt !== null && now > dueAt ? now - dueAt : null },
    keyRoles: KEY_ROLES.map(({ id, name }) => keyRoleBriefing(incident.roles.find((role) => role.id === id), name, people)),
    ...openPromises(detail.outreach.promises, now),
    partners: incident.partners
      .filter((engagement) => engagement.level !== 'released')
      .map((engagement) => ({
        name: engagement.partnerName,
        level: ENGAGEMENT_LABEL[engagement.level],
        meaning: ENGAGEMENT_MEANING[engagement.level],
        since: engagement.since,
        contact: partnerContact(partners.find((partner) => partner.id === engagement.partnerId)),
      })),
    generatedAt: now,
    zone,
  };
}

function stepList(steps: readonly StepView[]): StepList {
  return {
    steps: steps.slice(0, STEPS_LISTED).map((step) => ({
      title: step.title,
      who: step.assignee,
      reason: step.status === 'blocked' ? shortened(step.reason, TEXT_CHARS.reason).text : '',
    })),
    more: Math.max(0, steps.length - STEPS_LISTED),
  };
}

function checklistBriefing(checklist: ChecklistView): BriefingChecklist {
  const { progress, steps } = checklist;
  return {
    title: checklist.title,
    total: progress.total,
    done: progress.done,
    skipped: progress.skipped,
    completed: checklist.completedAt !== null,
    inProgress: stepList(steps.filter((step) => step.status === 'in_progress')),
    next: stepList(steps.filter((step) => step.status === 'todo' && !step.waiting)),
    blocked: stepList(steps.filter((step) => step.status === 'blocked')),
  };
}

function servicesBriefing({ board }: IncidentDetail, now: number): ServicesBriefing | null {
  if (board.services.length === 0) return null;
  const notUp = board.services.filter((service) => !isVerifiedUp(service, now));
  const tiers = [...new Set(notUp.map((service) => service.tier))].sort((a, b) => a - b);
  return {
    inScope: board.services.length,
    verifiedUp: board.services.length - notUp.length,
    notUpByTier: tiers.map((tier) => ({
      tier,
      services: notUp
        .filter((service) => service.tier === tier)
        .map((service) => {
          const shown = shownState(service, now);
          return { name: service.name, shown: shown === 'unverified' ? 'Unverified' : SERVICE_STATE_LABEL[shown], why: whyNotVerifiedUp(service, now) ?? '' };
        }),
    })),
  };
}

/** The holder's phone from the roster: by the person they were picked as, else by a name only one person on the roster has. */
function phoneOf(role: RoleView, people: readonly PersonView[]): string {
  const byId = role.holderPersonId === null ? undefined : people.find((person) => person.id === role.holderPersonId);
  const named = role.holder === null ? [] : people.filter((person) => samePerson(person.name, role.holder!));
  const person = byId ?? (named.length === 1 ? named[0] : undefined);
  if (!person) return '';
  return person.phone.trim() !== '' ? person.phone.trim() : (person.phones.find((phone) => phone.value.trim() !== '')?.value.trim() ?? '');
}

function samePerson(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
}

function keyRoleBriefing(role: RoleView | undefined, name: string, people: readonly PersonView[]): KeyRoleBriefing {
  if (!role || role.holder === null) return { role: role?.name ?? name, holder: null, phone: '', since: role?.since ?? null };
  return { role: role.name, holder: role.holder, phone: phoneOf(role, people), since: role.since };
}

function openPromises(promises: readonly PromiseView[], now: number): Pick<Briefing, 'openPromises' | 'morePromises'> {
  const open = promises.filter((promise) => promise.status === 'open').sort((a, b) => a.dueAt - b.dueAt || a.madeAt - b.madeAt);
  return { openPromises: open.slice(0, PROMISES_LISTED).map((promise) => promiseBriefing(promise, now)), morePromises: Math.max(0, open.length - PROMISES_LISTED) };
}

function promiseBriefing(promise: PromiseView, now: number): PromiseBriefing {
  return {
    what: shortened(promise.what, TEXT_CHARS.promise),
    to: promise.to,
    madeBy: promise.madeBy,
    dueAt: promise.dueAt,
    overdueMs: now > promise.dueAt ? now - promise.dueAt : null,
  };
}

function partnerContact(partner: PartnerView | undefined): string {
  const contact = partner?.contacts.find((one) => one.phone.trim() !== '') ?? partner?.contacts[0];
  if (!contact) return '';
  const who = [contact.name.trim(), contact.role.trim() === '' ? '' : `(${contact.role.trim()})`].filter((part) => part !== '').join(' ');
  return [who, contact.phone.trim() || contact.email.trim()].filter((part) => part !== '').join(', ');
}
