/**
 * The one contract between the UI and its host (ARCHITECTURE.md, "One API,
 * two transports"). The Electron preload, the WebSocket client and the host
 * all take their types from here, and the host validates every call's
 * parameters with these schemas where they enter.
 */
import { z } from 'zod';
import {
  durationMsSchema,
  stepStatusSchema,
  audienceSchema,
  engagementLevelSchema,
  partnerFieldsSchema,
  personFieldsSchema,
  roleNameSchema,
  statusUpdateTextSchema,
  entryKindSchema,
  entryTextSchema,
  idSchema,
  momentSchema,
  deviceIdSchema,
  personNameSchema,
  reasonSchema,
  severitySchema,
  statusSchema,
  summarySchema,
  publicImpactSchema,
  titleSchema,
  milestoneSchema,
  reviewSectionSchema,
  reviewTextSchema,
  actionKindSchema,
  dayDateSchema,
  actionWhatSchema,
  serviceIdSchema,
  serviceStateSchema,
  evidenceSchema,
  stampRefSchema,
  channelIdSchema,
  channelStateSchema,
  audienceIdSchema,
  recipientKindSchema,
  recipientKeySchema,
  deliveryOutcomeSchema,
  calloutStateSchema,
  promiseWhatSchema,
  promiseOutcomeSchema,
  briefSectionSchema,
  contactFieldSchema,
  actionStatusSchema,
  categoryIdSchema,
} from './events.js';
import type { ActionList } from './actions/action-list.js';
import type { CategoryTaxonomyView } from './categories/taxonomy.js';
import type { TrendsView } from './trends/trends-view.js';
import type { ReadinessView } from './readiness/readiness-view.js';
import type { AttentionReason } from './readiness/runbook-attention.js';
import type { RehearsedRole } from './checklists/rehearsed-roles.js';
import type { OutreachView } from './projection/outreach-views.js';
import type { ChannelCatalogueView } from './outreach/channel-catalogue.js';
import type { CalloutPlanView } from './outreach/callout-plan.js';
import type { BriefDraft } from './outreach/brief-draft.js';
import type { BoardChange, ServiceBoardView, ServiceView } from './projection/board-views.js';
import type { ServiceCatalogueView } from './services/catalogue.js';
import type { IncidentView, PartnerView, PersonView, TimelineEntryView } from './projection/views.js';
import type { TimelineSearchResult } from './projection/timeline-search.js';
import type { RoleCards } from './roles/role-card.js';
import type { ChecklistView } from './projection/checklist-views.js';
import type { DrillRecord } from './checklists/rehearsal.js';
import type { Runbook, RunbookProblem } from './runbooks/runbook.js';
import type { ReporterKit } from './updates/status-template.js';
import type { Result } from './result.js';
import { peerAddressSchema, roomNameSchema, roomSecretSchema } from './room/invite.js';
import type { RoomView } from './room/views.js';
import { isKnownZone, UTC_ZONE } from './time/export-time.js';

export interface Session {
  /** This laptop's device id (its public key). */
  readonly device: string;
  /** The person at this laptop, or null until they say who they are. */
  readonly name: string | null;
  readonly version: string;
}

export interface IncidentDetail {
  readonly incident: IncidentView;
  readonly timeline: readonly TimelineEntryView[];
  /** In the order they were attached. */
  readonly checklists: readonly ChecklistView[];
  /** The services in scope and what people found when they checked them; empty when none are. */
  readonly board: ServiceBoardView;
  /** Channels, audiences' lists, deliveries, the call-out, promises and shift briefs. */
  readonly outreach: OutreachView;
}

/** A runbook as the library lists it, with its drill history. */
export interface RunbookSummary extends Omit<Runbook, 'steps'> {
  readonly origin: 'shipped' | 'own';
  readonly stepCount: number;
  /** The critical path by expected durations, with the steps on it that have none. */
  readonly criticalPathMs: number;
  readonly unestimated: number;
  /** Newest first. */
  readonly drills: readonly DrillRecord[];
  readonly lastRehearsedAt: number | null;
  /** Never rehearsed to the end, or not for 90 days. */
  readonly stale: boolean;
  /** Why it needs someone before the next outage (review, owner, drill, names gone), judged when read; [] when nothing. */
  readonly attention: readonly AttentionReason[];
}

export interface RunbookCatalogue {
  readonly runbooks: readonly RunbookSummary[];
  /** Runbooks refused, each with its file, line and reason; the others loaded. */
  readonly problems: readonly RunbookProblem[];
  /** This laptop's own runbook folders, read beside the shipped ones. */
  readonly ownFolders: readonly string[];
}

export interface RunbookDetail {
  readonly runbook: Runbook & { readonly origin: 'shipped' | 'own' };
  readonly summary: RunbookSummary;
}

export const POST_MORTEM_FORMATS = ['md', 'html', 'json'] as const;
export type PostMortemFormat = (typeof POST_MORTEM_FORMATS)[number];

const incidentRef = z.object({ incidentId: idSchema });
const entryRef = z.object({ incidentId: idSchema, entryId: idSchema });
const checklistRef = z.object({ incidentId: idSchema, checklistId: idSchema });
const stepRef = checklistRef.extend({ stepId: idSchema });

/** Every operation: its parameters' schema. Results are typed in ApiResults. */
/** The zone an exported file's times are written in: UTC unless the person reads times in their laptop's zone. */
const exportZoneSchema = z.string().max(64).refine(isKnownZone, 'The time zone is not one this laptop knows (e.g. UTC or Europe/Madrid).').default(UTC_ZONE);

export const apiParams = {
  getSession: z.object({}),
  setName: z.object({ name: personNameSchema }),
  listIncidents: z.object({}),
  getIncident: incidentRef,
  /** Words to find in every incident's timeline (see shared/projection/timeline-search.ts). */
  searchTimeline: z.object({ query: z.string().trim().min(1, 'Type some words to search for.').max(200, 'Search for at most 200 characters.') }),
  declareIncident: z.object({
    title: titleSchema,
    severity: severitySchema,
    summary: summarySchema.default(''),
    publicImpact: publicImpactSchema.default(''),
    /** Services affected, brought into scope with everything they depend on (from the catalogue). */
    services: z.array(serviceIdSchema).max(500).default([]),
  }),
  changeStatus: incidentRef.extend({ status: statusSchema }),
  reopenIncident: incidentRef,
  changeSeverity: incidentRef.extend({ severity: severitySchema, reason: reasonSchema.default('') }),
  setPublicImpact: incidentRef.extend({ publicImpact: publicImpactSchema }),
  addEntry: incidentRef.extend({
    kind: entryKindSchema.default('note'),
    text: entryTextSchema,
    happenedAt: momentSchema.nullable().default(null),
  }),
  editEntry: entryRef.extend({ kind: entryKindSchema, text: entryTextSchema, happenedAt: momentSchema.nullable() }),
  strikeEntry: entryRef.extend({ reason: reasonSchema.default('') }),
  restoreEntry: entryRef,
  getRoom: z.object({}),
  createRoom: z.object({ name: roomNameSchema }),
  /** By invite code, or by the room's name and secret typed in. */
  joinRoom: z
    .object({ invite: z.string().max(4_000).optional(), name: roomNameSchema.optional(), secret: roomSecretSchema.optional() })
    .superRefine((join, context) => {
      if (join.invite !== undefined || (join.name !== undefined && join.secret !== undefined)) return;
      // The field a form marks: what is missing of the name and secret once one is typed, else the invite code.
      const missing = join.name !== undefined ? 'secret' : join.secret !== undefined ? 'name' : 'invite';
      context.addIssue({ code: 'custom', message: 'Paste an invite code, or type the room name and its secret.', path: [missing] });
    }),
  leaveRoom: z.object({}),
  addPeer: z.object({ address: peerAddressSchema }),
  forgetPeer: z.object({ address: peerAddressSchema }),
  removeDevice: z.object({ device: deviceIdSchema, reason: reasonSchema.pipe(z.string().min(1, 'Say why this device is removed.')) }),
  letInHeldBack: z.object({ device: deviceIdSchema }),
  exportRoom: z.object({}),
  importRoom: z.object({ content: z.string().min(1, 'The room file is empty.') }),

  listRoleCards: z.object({}),
  addRole: incidentRef.extend({ name: roleNameSchema, cardId: idSchema.nullable().default(null) }),
  /** Assigns a vacant role, or hands it over from whoever holds it. */
  assignRole: incidentRef.extend({
    roleId: idSchema,
    person: personNameSchema,
    personId: idSchema.nullable().default(null),
    reason: reasonSchema.default(''),
  }),
  vacateRole: incidentRef.extend({ roleId: idSchema, reason: reasonSchema.default('') }),

  listPeople: z.object({}),
  /** Adds someone (no personId) or replaces their record. */
  savePerson: personFieldsSchema.extend({ personId: idSchema.optional() }),
  deletePerson: z.object({ personId: idSchema }),
  importPeople: z.object({
    content: z.string().min(1, 'The file is empty.').max(7_000_000, 'The file is too large to import (at most 5 MB).'),
    /** base64: the file's bytes, for a vCard whose cards name their own character sets (Windows-1252, Latin-1...). */
    encoding: z.enum(['text', 'base64'], { message: 'The encoding must be text or base64.' }).default('text'),
    format: z.enum(['csv', 'vcard'], { message: 'The format must be csv or vcard.' }),
  }),
  exportPeople: z.object({}),
  listPartners: z.object({}),
  savePartner: partnerFieldsSchema.extend({ partnerId: idSchema.optional() }),
  deletePartner: z.object({ partnerId: idSchema }),
  /** Engages a partner in an incident, or changes or ends its engagement. */
  engagePartner: incidentRef.extend({ partnerId: idSchema, level: engagementLevelSchema, reason: reasonSchema.default('') }),

  getReporterKit: z.object({}),
  publishStatusUpdate: incidentRef.extend({
    audience: audienceSchema,
    text: statusUpdateTextSchema,
    templateId: idSchema.nullable().default(null),
    /** When the next update is promised; null promises none (the incident is over). */
    nextUpdateAt: momentSchema.nullable(),
  }),
  /** The static status page of an incident's latest public update: one HTML file. */
  exportStatusPage: incidentRef.extend({ zone: exportZoneSchema }),

  listRunbooks: z.object({}),
  getRunbook: z.object({ runbookId: idSchema }),
  /** This laptop's own runbook folders (absolute paths), read beside the shipped ones. */
  setRunbookFolders: z.object({ folders: z.array(z.string().trim().min(1).max(1_000)).max(20) }),
  attachRunbook: incidentRef.extend({ runbookId: idSchema }),
  addStep: checklistRef.extend({
    title: z.string().trim().min(1, 'Say what the step is.').max(400, 'The step is too long (at most 400 characters).'),
    details: summarySchema.default(''),
    needs: z.array(idSchema).max(50).default([]),
    role: idSchema.nullable().default(null),
    expectMs: durationMsSchema.nullable().default(null),
  }),
  /** `override` starts or finishes a step still waiting on its needs; it asks for a reason. */
  setStepStatus: stepRef.extend({ status: stepStatusSchema, reason: reasonSchema.default(''), override: z.boolean().default(false) }),
  assignStep: stepRef.extend({ person: personNameSchema.nullable(), personId: idSchema.nullable().default(null) }),
  noteStep: stepRef.extend({ text: entryTextSchema }),
  markStepChecked: stepRef.extend({ checked: z.boolean() }),
  /** A drill: a rehearsal incident with the runbook attached, its timer running from now. */
  startDrill: z.object({ runbookId: idSchema }),
  stopDrill: incidentRef.extend({ reason: reasonSchema.default('') }),
  // The post-mortem (issue 6).
  /** `at` null puts back the time status changes give the milestone. */
  setMilestone: incidentRef.extend({ milestone: milestoneSchema, at: momentSchema.nullable(), reason: reasonSchema.default('') }),
  starEntry: entryRef.extend({ starred: z.boolean() }),
  /** `replaces` is the revision of the section the writer saw (SectionView.revision), null when it was empty. */
  writeReviewSection: incidentRef.extend({ section: reviewSectionSchema, text: reviewTextSchema, replaces: z.string().max(64).nullable() }),
  /** Without actionId, a new action item. */
  saveActionItem: incidentRef.extend({
    actionId: idSchema.optional(),
    what: actionWhatSchema,
    owner: personNameSchema,
    ownerPersonId: idSchema.nullable().default(null),
    due: dayDateSchema.nullable().default(null),
    kind: actionKindSchema,
  }),
  removeActionItem: incidentRef.extend({ actionId: idSchema }),
  exportPostMortem: incidentRef.extend({
    format: z.enum(POST_MORTEM_FORMATS, { message: `The format is one of ${POST_MORTEM_FORMATS.join(', ')}.` }),
    zone: exportZoneSchema,
  }),

  // The service board (issue 15).
  /** The catalogue: shipped services with this laptop's own folders over them. */
  listServices: z.object({}),
  /** Brings catalogue services into the incident's scope; with `withDependencies`, everything they depend on too. */
  scopeServices: incidentRef.extend({
    serviceIds: z.array(serviceIdSchema).min(1, 'Choose at least one service.').max(500),
    withDependencies: z.boolean().default(true),
    reason: reasonSchema.default(''),
  }),
  unscopeService: incidentRef.extend({ serviceId: serviceIdSchema, reason: reasonSchema.default('') }),
  /** A hand check. Marking a service up while a dependency in scope is not verified up takes `override` and a reason. */
  checkService: incidentRef.extend({
    serviceId: serviceIdSchema,
    state: serviceStateSchema,
    evidence: evidenceSchema.default(''),
    override: z.boolean().default(false),
    reason: reasonSchema.default(''),
  }),
  /**
   * A second person confirms the check that marked a `confirm: two` service up.
   * `confirms`, the stamp of the check the person saw, makes sure a
   * confirmation sent late (from the outbox) does not vouch for a newer check
   * they never saw.
   */
  confirmService: incidentRef.extend({ serviceId: serviceIdSchema, confirms: stampRefSchema.optional() }),
  /** A second person confirms a `confirm: two` step marked done. */
  confirmStep: stepRef,

  // Reaching people outside the room (issue 16). Each part keeps to its own block.

  // Channels and audiences' lists.
  /** The channels of the company's file, with this laptop's own folders over them. */
  listChannels: z.object({}),
  markChannel: incidentRef.extend({ channelId: channelIdSchema, state: channelStateSchema, note: reasonSchema.default('') }),
  addAudience: incidentRef.extend({ name: z.string().trim().min(1, 'Name the audience.').max(200) }),
  /** The host makes each recipient's key from its kind and what it names. */
  addRecipients: incidentRef.extend({
    audienceId: audienceIdSchema,
    recipients: z
      .array(
        z.object({
          kind: recipientKindSchema,
          personId: idSchema.nullable().default(null),
          partnerId: idSchema.nullable().default(null),
          team: contactFieldSchema('The team').default(''),
          /** A partner contact's name, or the name of someone typed in. */
          name: contactFieldSchema('The name').default(''),
          email: contactFieldSchema('The e-mail address').default(''),
          phone: contactFieldSchema('The phone number').default(''),
          chat: contactFieldSchema('The chat handle').default(''),
        }),
      )
      .min(1, 'Choose at least one recipient.')
      .max(500),
  }),
  removeRecipient: incidentRef.extend({ audienceId: audienceIdSchema, recipientKey: recipientKeySchema }),

  // Deliveries of an update.
  recordDeliveries: incidentRef.extend({
    updateId: idSchema,
    deliveries: z
      .array(z.object({ recipientKey: recipientKeySchema, recipientName: z.string().trim().min(1).max(200), channelId: channelIdSchema, outcome: deliveryOutcomeSchema }))
      .min(1, 'Choose at least one recipient.')
      .max(1_000),
    note: reasonSchema.default(''),
  }),
  /** A printable sheet of an update: its text cut to each channel, and every recipient to tick off. */
  exportDeliverySheet: incidentRef.extend({ updateId: idSchema, zone: exportZoneSchema }),

  // The call-out.
  /** The call-out file, as read: per severity, who is called and when to escalate. */
  listCalloutPlan: z.object({}),
  /** Draws the incident's call-out list from the file for its severity. */
  startCallout: incidentRef.extend({ reason: reasonSchema.default('') }),
  /** Someone put on the list by hand, or the next in a chain taken up. */
  addCallees: incidentRef.extend({
    callees: z
      .array(
        z.object({
          personId: idSchema.nullable().default(null),
          partnerId: idSchema.nullable().default(null),
          name: z.string().trim().min(1).max(200),
          why: reasonSchema.default(''),
          chain: z.string().trim().max(200).default(''),
          rank: z.number().int().min(0).max(20).default(0),
          phone: contactFieldSchema('The phone number').default(''),
          email: contactFieldSchema('The e-mail address').default(''),
        }),
      )
      .min(1)
      .max(100),
    reason: reasonSchema.default(''),
  }),
  progressCallout: incidentRef.extend({ calleeKey: recipientKeySchema, state: calloutStateSchema, note: reasonSchema.default('') }),

  // Promises.
  makePromise: incidentRef.extend({
    what: promiseWhatSchema,
    to: z.string().trim().min(1, 'Say to whom it was promised.').max(200),
    /** Who made it; the person at this laptop when left out. */
    madeBy: personNameSchema.optional(),
    dueAt: momentSchema,
    updateId: idSchema.nullable().default(null),
  }),
  changePromiseDue: incidentRef.extend({ promiseId: idSchema, dueAt: momentSchema, reason: reasonSchema.default('') }),
  closePromise: incidentRef.extend({ promiseId: idSchema, outcome: promiseOutcomeSchema, reason: reasonSchema.default('') }),

  // Shift hand-over briefs.
  /** What Holdfast drafts for a role's next holder: nothing is recorded. */
  draftBrief: incidentRef.extend({ roleId: idSchema, hours: z.number().int().min(1).max(72).default(4), zone: exportZoneSchema }),
  writeBrief: incidentRef.extend({
    roleId: idSchema,
    to: personNameSchema.nullable(),
    hours: z.number().int().min(1).max(72),
    sections: z.array(briefSectionSchema).max(20),
    questions: z.string().max(4_000).default(''),
  }),
  acknowledgeBrief: incidentRef.extend({ briefId: idSchema, note: reasonSchema.default('') }),

  // The one-page briefing for management.
  exportBriefing: incidentRef.extend({ zone: exportZoneSchema }),

  // After the incident (issue 17). Each part keeps to its own block.

  // Action items followed to done.
  /** Every incident's action items; overdue judged against today in `zone`. */
  listActions: z.object({ zone: exportZoneSchema }),
  /** `wont_do` takes a reason. */
  setActionStatus: incidentRef.extend({ actionId: idSchema, status: actionStatusSchema, reason: reasonSchema.default('') }),
  /** The action items as CSV (docs/actions-csv.md). */
  exportActions: z.object({ zone: exportZoneSchema }),

  // Categories and trends.
  listCategories: z.object({}),
  categoriseIncident: incidentRef.extend({
    causes: z.array(categoryIdSchema).max(20),
    services: z.array(serviceIdSchema).max(200),
    reason: reasonSchema.default(''),
  }),
  getTrends: z.object({ zone: exportZoneSchema }),

  // Readiness.
  getReadiness: z.object({}),
  answerReadiness: z.object({
    team: z.string().trim().min(1, 'Name the team.').max(200),
    questionId: categoryIdSchema,
    answer: z.string().trim().min(1, 'Write the answer.').max(2_000),
  }),
  recordDrillParticipants: incidentRef.extend({
    participants: z
      .array(z.object({ personId: idSchema.nullable().default(null), name: personNameSchema, roles: z.array(roleNameSchema).max(20).default([]) }))
      .min(1, 'Name at least one person who took part.')
      .max(200),
  }),
  listRehearsals: z.object({}),
} as const;

/** A post-mortem file: a draft when it lacks what a post-mortem must have (an action item to prevent a recurrence). */
export interface PostMortemFile extends ExportedFile {
  readonly mediaType: string;
  readonly draft: boolean;
  /** What the person should know before sending it: each one sentence. */
  readonly warnings: readonly string[];
}

/** What importing a roster file did: bad rows are named by line, the good ones kept. */
export interface PeopleImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

/** A file made for the person to save (a room file, a roster, a status page). */
export interface ExportedFile {
  readonly fileName: string;
  readonly content: string;
}

/** What importing a room file did. Importing the same file twice adds nothing the second time. */
export interface RoomImportSummary {
  readonly events: number;
  readonly added: number;
  readonly alreadyHeld: number;
  readonly heldBack: number;
  readonly refused: number;
  /** What the person should know though nothing failed (more events than its header lists). A file from another room is refused. */
  readonly warnings: readonly string[];
}

export interface RoomFile {
  readonly fileName: string;
  /** Text: a JSON header line, then the events sealed with the room's secret, in base64 (docs/room-file.md). */
  readonly content: string;
  readonly events: number;
}

export interface ApiResults {
  getSession: Session;
  setName: Session;
  listIncidents: IncidentView[];
  getIncident: IncidentDetail;
  searchTimeline: TimelineSearchResult;
  declareIncident: { incidentId: string };
  changeStatus: IncidentView;
  reopenIncident: IncidentView;
  changeSeverity: IncidentView;
  setPublicImpact: IncidentView;
  addEntry: TimelineEntryView;
  editEntry: TimelineEntryView;
  strikeEntry: TimelineEntryView;
  restoreEntry: TimelineEntryView;
  getRoom: RoomView;
  createRoom: RoomView;
  joinRoom: RoomView;
  leaveRoom: RoomView;
  addPeer: RoomView;
  forgetPeer: RoomView;
  removeDevice: RoomView;
  letInHeldBack: RoomView;
  exportRoom: RoomFile;
  importRoom: RoomImportSummary;
  listRoleCards: RoleCards;
  addRole: IncidentView;
  assignRole: IncidentView;
  vacateRole: IncidentView;
  listPeople: PersonView[];
  savePerson: PersonView;
  deletePerson: PersonView[];
  importPeople: PeopleImportSummary;
  exportPeople: ExportedFile & { readonly people: number };
  listPartners: PartnerView[];
  savePartner: PartnerView;
  deletePartner: PartnerView[];
  engagePartner: IncidentView;
  getReporterKit: ReporterKit;
  publishStatusUpdate: IncidentView;
  exportStatusPage: ExportedFile;
  listRunbooks: RunbookCatalogue;
  getRunbook: RunbookDetail;
  setRunbookFolders: RunbookCatalogue;
  attachRunbook: ChecklistView;
  addStep: ChecklistView;
  setStepStatus: ChecklistView;
  assignStep: ChecklistView;
  noteStep: ChecklistView;
  markStepChecked: ChecklistView;
  startDrill: { incidentId: string };
  stopDrill: IncidentView;
  setMilestone: IncidentView;
  starEntry: IncidentView;
  writeReviewSection: IncidentView;
  saveActionItem: IncidentView;
  removeActionItem: IncidentView;
  exportPostMortem: PostMortemFile;
  listServices: ServiceCatalogueView;
  scopeServices: ServiceBoardView;
  unscopeService: ServiceBoardView;
  /** The service checked, as the board now shows it (the notice brings the same to every screen). */
  checkService: ServiceView;
  confirmService: ServiceView;
  confirmStep: ChecklistView;

  // Issue 16, part by part as in apiParams.
  listChannels: ChannelCatalogueView;
  markChannel: OutreachView;
  addAudience: OutreachView;
  addRecipients: OutreachView;
  removeRecipient: OutreachView;

  recordDeliveries: OutreachView;
  exportDeliverySheet: ExportedFile;

  listCalloutPlan: CalloutPlanView;
  startCallout: OutreachView;
  addCallees: OutreachView;
  progressCallout: OutreachView;

  makePromise: OutreachView;
  changePromiseDue: OutreachView;
  closePromise: OutreachView;

  draftBrief: BriefDraft;
  writeBrief: OutreachView;
  acknowledgeBrief: OutreachView;

  exportBriefing: ExportedFile;

  // Issue 17, part by part as in apiParams.
  listActions: ActionList;
  setActionStatus: IncidentView;
  exportActions: ExportedFile & { readonly items: number };

  listCategories: CategoryTaxonomyView;
  categoriseIncident: IncidentView;
  getTrends: TrendsView;

  getReadiness: ReadinessView;
  answerReadiness: ReadinessView;
  recordDrillParticipants: IncidentView;
  listRehearsals: RehearsedRole[];
}

export type ApiMethod = keyof typeof apiParams;
/** What a caller passes (defaults may be left out). */
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiParams)[M]>;
/** What the host receives after validation. */
export type ApiParams<M extends ApiMethod> = z.output<(typeof apiParams)[M]>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

export const API_METHODS = Object.keys(apiParams) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiParams, name);
}

/** Pushed from host to UI whenever the projection changes, whoever caused it. */
export type HostNotice =
  | {
      readonly type: 'changed';
      readonly incidents: readonly IncidentView[];
      readonly entries: readonly TimelineEntryView[];
      readonly checklists: readonly ChecklistView[];
      /** Boards whose services or checks changed: only the services that did. */
      readonly boardChanges: readonly BoardChange[];
      /** Incidents whose outreach changed, whole (it is small). */
      readonly outreach: readonly OutreachView[];
      /** Lines taken off a timeline (its incident, the line's id): see ProjectionChange.removedEntries. */
      readonly removedEntries: readonly { readonly incidentId: string; readonly entryId: string }[];
    }
  | { readonly type: 'session'; readonly session: Session }
  /** The roster or the partner list changed: both, whole (they are small). */
  | { readonly type: 'roster'; readonly people: readonly PersonView[]; readonly partners: readonly PartnerView[] }
  /** The room, its peers or sync progress changed. */
  | { readonly type: 'room'; readonly room: RoomView }
  /** Events were set aside (a device removed): reload everything shown. */
  | { readonly type: 'reloaded' }
  /** A team's readiness answer arrived: the Readiness screen reads its view again (judged with the host's clock). */
  | { readonly type: 'readiness' };

/**
 * What the UI holds: one method per operation, each returning a Result, and
 * a subscription to notices. Both transports implement it.
 */
export type HoldfastApi = {
  readonly [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiResult<M>>>;
} & {
  readonly onNotice: (listener: (notice: HostNotice) => void) => () => void;
};

/**
 * A write's idempotency key rides beside its parameters, under this name,
 * over either transport: made once when the person submits, and sent again
 * with every retry, so the host applies the write once (its first answer
 * comes back for a repeat). Reads and writes without one behave as ever.
 */
export const WRITE_KEY_FIELD = 'writeKey';
export const writeKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'A write key is 8 to 64 letters, digits, "-" or "_".' });

/** A call's input with its idempotency key. */
export type KeyedInput<M extends ApiMethod> = ApiInput<M> & { readonly [WRITE_KEY_FIELD]?: string };

/** The key (or null) and the parameters without it, as the method's own schema expects them. */
export function splitWriteKey(params: unknown): { readonly key: unknown; readonly params: unknown } {
  if (typeof params !== 'object' || params === null || !(WRITE_KEY_FIELD in params)) return { key: null, params };
  const { [WRITE_KEY_FIELD]: key, ...rest } = params as Record<string, unknown>;
  return { key, params: rest };
}

/** The WebSocket framing for the API (the headless peer's transport). */
export const wireRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  params: z.unknown(),
  /** The client reads packed answers (shared/wire/packedAnswers.ts); without it, every answer comes as it is. */
  packed: z.literal(true).optional(),
});
export type WireRequest = z.infer<typeof wireRequestSchema>;
export type WireMessage =
  | { readonly kind: 'response'; readonly id: number; readonly result: Result<unknown> }
  | { readonly kind: 'notice'; readonly notice: HostNotice };

/** Where the headless peer serves the API socket. */
export const API_SOCKET_PATH = '/api';
