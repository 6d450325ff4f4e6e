/**
 * The event log's vocabulary. Everything a person does is one of these,
 * appended to the device's own hash-chained, signed log (ARCHITECTURE.md).
 *
 * Names are synced and outlive every version of the app: a type name or a
 * payload field, once released, is never reused for something else. New
 * fields are optional; an older peer stores and forwards types it does not
 * know, and the projection ignores them.
 */
import { z } from 'zod';
import { SEVERITIES } from './severity.js';
import { INCIDENT_STATUSES } from './status.js';
import { LIMITS } from './limits.js';
import { isEncodedHlc } from './hlc.js';
import { ENGAGEMENT_LEVELS, PARTNER_KINDS } from './people/engagement.js';
import { AUDIENCES } from './updates/audience.js';
import { MILESTONES } from './postmortem/milestones.js';
import { ACTION_KINDS, REVIEW_SECTIONS } from './postmortem/review.js';
import { printableCopy, type TextShape } from './text/printable.js';
import { refusedCharacterProblem } from './text/refused-character.js';
import { CONFIRMATIONS, SERVICE_STATES } from './services/service-state.js';
import { CALLOUT_STATES, CHANNEL_KINDS, CHANNEL_STATES, DELIVERY_OUTCOMES, PROMISE_OUTCOMES, RECIPIENT_KINDS } from './outreach/vocabulary.js';

export const ENTRY_KINDS = ['note', 'action', 'decision', 'check'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENTRY_KIND_HINT: Readonly<Record<EntryKind, string>> = {
  note: 'Something observed or said',
  action: 'Something done to the systems',
  decision: 'A choice made, and by whom',
  check: 'A status verified by hand (monitoring may be wrong)',
};

/** A device's ed25519 public key, base64url: its identity in the room. */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a device id');

/** An event's hash: sha256, in lower-case hex. */
export const eventHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'an event hash');

/** Ids made by the host: lower-case letters, digits and dashes. */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{5,63}$/, 'an id of 6 to 64 lower-case letters, digits or dashes');

/**
 * Text as it was recorded, by this laptop or another of any version: read
 * as it was written, whatever it holds. Printing it is what neutralises it
 * (shared/text/printable.ts).
 */
const text = (max: number, what: string) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, `${what} cannot be empty.`)
        .max(max, `${what} is too long (at most ${max.toLocaleString('en')} characters).`),
    );

const optionalText = (max: number, what: string) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(max, `${what} is too long (at most ${max.toLocaleString('en')} characters).`));

const ONE_LINE_BREAKS = /\r\n|[\r\n\t]/g;

/**
 * Text a person gives now (through the API, a roster file). A control
 * character or an invisible bidi control is refused with a sentence naming
 * it and where it is: it could take over the terminal the text is printed
 * in, or make it read differently from what was written. Tabs and line
 * breaks are whitespace: on one line (a title, a name) each becomes a
 * space, since a form's one-line box hides them; over lines, CR LF becomes
 * LF. The event records the result, so every laptop reads the same text.
 */
const typedNow = (what: string, shape: TextShape) =>
  z
    .string()
    .check((payload) => {
      const problem = refusedCharacterProblem(payload.value, what);
      if (problem) payload.issues.push({ code: 'custom', message: problem, input: payload.value });
    })
    .transform((value) => (shape === 'one line' ? value.replace(ONE_LINE_BREAKS, ' ') : value.replace(/\r\n?/g, '\n')));

const typedText = (max: number, what: string, shape: TextShape = 'one line') => typedNow(what, shape).pipe(text(max, what));
const typedOptionalText = (max: number, what: string, shape: TextShape = 'one line') => typedNow(what, shape).pipe(optionalText(max, what));

/** A moment in ms since the epoch, within a sane range (years 2000 to 2200). */
export const momentSchema = z
  .number()
  .int()
  .min(946_684_800_000, 'a time after the year 2000')
  .max(7_258_118_400_000, 'a time before the year 2200');

export const titleSchema = typedText(LIMITS.titleChars, 'The title');
export const summarySchema = typedOptionalText(LIMITS.summaryChars, 'The impact summary', 'lines');
/** The impact as customers are told it: the internal summary may name systems, suspects and people. */
export const publicImpactSchema = typedOptionalText(LIMITS.summaryChars, 'The public impact', 'lines');
export const entryTextSchema = typedText(LIMITS.entryChars, 'The entry', 'lines');
export const reasonSchema = typedOptionalText(LIMITS.reasonChars, 'The reason', 'lines');
export const personNameSchema = typedText(LIMITS.nameChars, 'The name');
export const severitySchema = z.enum(SEVERITIES, { message: `Severity must be one of ${SEVERITIES.join(', ')}.` });
export const statusSchema = z.enum(INCIDENT_STATUSES, {
  message: `Status must be one of ${INCIDENT_STATUSES.join(', ')}.`,
});
export const entryKindSchema = z.enum(ENTRY_KINDS, { message: `Kind must be one of ${ENTRY_KINDS.join(', ')}.` });
export const roleNameSchema = typedText(LIMITS.nameChars, 'The role name');
export const contactFieldSchema = (what: string) => typedOptionalText(LIMITS.contactFieldChars, what);
export const notesSchema = typedOptionalText(LIMITS.notesChars, 'The notes', 'lines');
export const engagementLevelSchema = z.enum(ENGAGEMENT_LEVELS, { message: `The level must be one of ${ENGAGEMENT_LEVELS.join(', ')}.` });
export const partnerKindSchema = z.enum(PARTNER_KINDS, { message: `The kind of partner must be one of ${PARTNER_KINDS.join(', ')}.` });
export const audienceSchema = z.enum(AUDIENCES, { message: `The audience must be one of ${AUDIENCES.join(', ')}.` });
export const statusUpdateTextSchema = typedText(LIMITS.statusUpdateChars, 'The update', 'lines');

export const milestoneSchema = z.enum(MILESTONES, { message: `A milestone is one of ${MILESTONES.join(', ')}.` });
export const reviewSectionSchema = z.enum(REVIEW_SECTIONS, { message: `A post-mortem section is one of ${REVIEW_SECTIONS.join(', ')}.` });
export const actionKindSchema = z.enum(ACTION_KINDS, { message: `An action item's kind is one of ${ACTION_KINDS.join(', ')}.` });
/** A post-mortem section: long, but one section, not a pasted document. */
export const reviewTextSchema = typedOptionalText(LIMITS.entryChars, 'The section', 'lines');
export const actionWhatSchema = typedText(LIMITS.summaryChars, 'What will be done');
/** A calendar day, YYYY-MM-DD: an action item's due date, the same wherever its reader is. */
export const dayDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'a real date as YYYY-MM-DD');

export const STEP_STATUSES = ['todo', 'in_progress', 'done', 'blocked', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export const stepStatusSchema = z.enum(STEP_STATUSES, { message: `A step's status must be one of ${STEP_STATUSES.join(', ')}.` });

/** An action item's status: followed until done, or not done with a reason. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'wont_do'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const actionStatusSchema = z.enum(ACTION_STATUSES, { message: `An action item's status is one of ${ACTION_STATUSES.join(', ')}.` });

/** An id from a taxonomy or checklist file (a cause, a readiness question): short ones allowed, as services'. */
export const categoryIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'an id of 2 to 64 lower-case letters, digits or dashes');

/** A duration a person expects or targets: up to a month, in ms. */
export const durationMsSchema = z.number().int().min(0).max(31 * 24 * 60 * 60 * 1000, 'a duration of at most a month');

/** A service's id in the catalogue: shorter ones than other ids are allowed (dns, ldap, s3). */
export const serviceIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'a service id of 2 to 64 lower-case letters, digits or dashes');
export const serviceStateSchema = z.enum(SERVICE_STATES, { message: `A service's state is one of ${SERVICE_STATES.join(', ')}.` });
export const confirmationSchema = z.enum(CONFIRMATIONS, { message: `confirm is one of ${CONFIRMATIONS.join(', ')}.` });
export const evidenceSchema = typedOptionalText(LIMITS.reasonChars, 'The evidence', 'lines');
/** The stamp (encoded hlc) of the event a confirmation or replacement refers to. */
export const stampRefSchema = z.string().max(64);

/**
 * One service of the catalogue as it was brought into an incident's scope:
 * copied into the log, so every laptop sees the same board whatever
 * catalogue files it has (as attached runbooks are).
 */
export const serviceSpecSchema = z.object({
  serviceId: serviceIdSchema,
  name: text(LIMITS.titleChars, 'The service’s name'),
  /** The owning team, as the roster's people name their teams. */
  team: optionalText(LIMITS.contactFieldChars, 'The team'),
  /** How soon it must be back: 1 first. */
  tier: z.number().int().min(1).max(9),
  /** Ids of the services it cannot work without. */
  dependsOn: z.array(serviceIdSchema).max(100),
  /** How to check it by hand: one line. */
  check: optionalText(LIMITS.reasonChars, 'The hand check'),
  /** The runbook step that says how to check it, when one does. */
  checkStep: z.object({ runbookId: idSchema, stepId: idSchema }).nullable(),
  /** Shown on the public status page. */
  customerFacing: z.boolean(),
  /** How long a hand check of it stays true. */
  freshnessMs: durationMsSchema,
  /** How long bringing it back is expected to take, for the restart plan's critical path. */
  restartMs: durationMsSchema.nullable(),
  /** `two`: marking it up waits for a second person's confirmation. */
  confirm: confirmationSchema,
});

/**
 * One step of a checklist as it was attached: the runbook's step copied into
 * the log, so every laptop works the same checklist whatever runbook files
 * it has, and an edited runbook does not rewrite an incident in progress.
 */
export const stepSpecSchema = z.object({
  stepId: idSchema,
  title: text(LIMITS.titleChars * 2, 'The step'),
  details: optionalText(LIMITS.summaryChars, 'The step’s details'),
  needs: z.array(idSchema).max(50),
  role: idSchema.nullable(),
  expectMs: durationMsSchema.nullable(),
  links: z.array(z.object({ text: optionalText(LIMITS.titleChars, 'A link’s text'), url: z.string().max(2_000) })).max(20),
  phase: optionalText(LIMITS.titleChars, 'The phase').nullable(),
  /** `two`: the step is done only once a second person on another laptop confirms it (absent before four eyes existed). */
  confirm: confirmationSchema.optional(),
  /** The services finishing the step brings back (absent before the catalogue existed). */
  restores: z.array(serviceIdSchema).max(50).optional(),
});

/** Ids a company writes in its files (a channel, an audience): short ones allowed, as service ids. */
export const shortIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'an id of 2 to 64 lower-case letters, digits or dashes');
export const channelIdSchema = shortIdSchema;
export const audienceIdSchema = shortIdSchema;
export const channelKindSchema = z.enum(CHANNEL_KINDS, { message: `A channel's kind is one of ${CHANNEL_KINDS.join(', ')}.` });
export const channelStateSchema = z.enum(CHANNEL_STATES, { message: `A channel is ${CHANNEL_STATES.join(', ')}.` });
export const recipientKindSchema = z.enum(RECIPIENT_KINDS, { message: `A recipient is one of ${RECIPIENT_KINDS.join(', ')}.` });
export const deliveryOutcomeSchema = z.enum(DELIVERY_OUTCOMES, { message: `A delivery is ${DELIVERY_OUTCOMES.join(' or ')}.` });
export const calloutStateSchema = z.enum(CALLOUT_STATES, { message: `A call-out is ${CALLOUT_STATES.join(', ')}.` });
export const promiseOutcomeSchema = z.enum(PROMISE_OUTCOMES, { message: `A promise ends ${PROMISE_OUTCOMES.join(', ')}.` });
/** A recipient's key on a list: "person:<id>", "team:<name>", "partner:<id>", "partner-contact:<id>:<name>", "other:<id>". */
export const recipientKeySchema = z.string().min(3).max(300);
export const promiseWhatSchema = typedText(LIMITS.summaryChars, 'What was promised');

/**
 * A channel as the company's file described it when someone marked it:
 * copied into the log, so every laptop names it and judges its freshness
 * the same whatever files it has (as services are).
 */
export const channelSpecSchema = z.object({
  channelId: channelIdSchema,
  name: text(LIMITS.titleChars, 'The channel’s name'),
  kind: channelKindSchema,
  /** How long a person's word on it stays true. */
  freshnessMs: durationMsSchema,
});

/** Someone on an audience's list, as they were added. */
export const recipientSchema = z.object({
  key: recipientKeySchema,
  kind: recipientKindSchema,
  /** What the list shows: the person's, team's or partner's name when added. */
  name: text(LIMITS.titleChars, 'The recipient’s name'),
  personId: idSchema.nullable(),
  partnerId: idSchema.nullable(),
  /** For a team: the roster team's name; '' otherwise. */
  team: optionalText(LIMITS.contactFieldChars, 'The team'),
  /** For an address typed in ('other'): where to reach them. Roster people and partners are reached at the roster's addresses. */
  email: optionalText(LIMITS.contactFieldChars, 'The e-mail address'),
  phone: optionalText(LIMITS.contactFieldChars, 'The phone number'),
  chat: optionalText(LIMITS.contactFieldChars, 'The chat handle'),
});

/** One person to call, as the call-out file named them when the list was drawn. */
export const calleeSchema = z.object({
  key: recipientKeySchema,
  name: text(LIMITS.titleChars, 'The name'),
  personId: idSchema.nullable(),
  partnerId: idSchema.nullable(),
  /** Why they are called: "on call for Databases", "manager of Payments", "partner at working group". */
  why: optionalText(LIMITS.reasonChars, 'Why they are called'),
  /** The chain they escalate along (a team, a partner): the next rank is offered when this one is not reached in time. */
  chain: optionalText(LIMITS.titleChars, 'The chain'),
  /** 0 is called first; 1 is offered when 0 is not reached after the escalation time, and so on. */
  rank: z.number().int().min(0).max(20),
  phone: optionalText(LIMITS.contactFieldChars, 'The phone number'),
  email: optionalText(LIMITS.contactFieldChars, 'The e-mail address'),
});

/** A section of a shift brief as it was drafted and edited, handed over with it. */
export const briefSectionSchema = z.object({
  heading: text(LIMITS.titleChars, 'The heading'),
  items: z.array(text(LIMITS.reasonChars, 'A line of the brief')).max(200),
});

/** One of a person's numbers or addresses and what it is ("home", "work", "cell"; '' when not said), as an address book gives it. */
export const typedContactSchema = (what: string) =>
  z.object({
    type: contactFieldSchema(`The kind of ${what.replace(/^The /, '').toLowerCase()}`),
    value: contactFieldSchema(what),
  });

/**
 * A person on the roster: whom to call, and how. `phone` and `email` are
 * the ones to use first; `phones` and `emails` every one known, with its
 * type (added later: an older save has none, read as empty).
 */
export const personFieldsSchema = z.object({
  name: personNameSchema,
  team: contactFieldSchema('The team'),
  phone: contactFieldSchema('The phone number'),
  email: contactFieldSchema('The e-mail address'),
  chat: contactFieldSchema('The chat handle'),
  notes: notesSchema,
  onCall: z.boolean(),
  phones: z.array(typedContactSchema('The phone number')).max(20, 'At most 20 phone numbers.').default([]),
  emails: z.array(typedContactSchema('The e-mail address')).max(20, 'At most 20 e-mail addresses.').default([]),
});

export const partnerContactSchema = z.object({
  name: personNameSchema,
  role: contactFieldSchema('The contact’s role'),
  phone: contactFieldSchema('The phone number'),
  email: contactFieldSchema('The e-mail address'),
});

/** A partner: a provider, bank, vendor or key customer, and its people. */
export const partnerFieldsSchema = z.object({
  name: typedText(LIMITS.titleChars, 'The partner’s name'),
  kind: partnerKindSchema,
  provides: typedOptionalText(LIMITS.summaryChars, 'What they provide', 'lines'),
  contacts: z.array(partnerContactSchema).max(LIMITS.partnerContacts, `A partner keeps at most ${LIMITS.partnerContacts} contacts.`),
  notes: notesSchema,
});

export const eventPayloadSchemas = {
  'incident.declared': z.object({
    incidentId: idSchema,
    title: titleSchema,
    severity: severitySchema,
    summary: summarySchema,
    /** What customers are told of the impact; absent from events written before it existed. */
    publicImpact: publicImpactSchema.optional(),
    /** Set for a drill: a rehearsal of a runbook, left out of real incident metrics. */
    drill: z.object({ runbookId: idSchema, targetMs: durationMsSchema.nullable() }).nullable().optional(),
  }),
  /** A drill stopped before its checklist was done. */
  'drill.stopped': z.object({ incidentId: idSchema, reason: reasonSchema }),
  /** A runbook attached to an incident: it becomes a checklist. */
  'checklist.attached': z.object({
    incidentId: idSchema,
    checklistId: idSchema,
    runbookId: idSchema,
    title: titleSchema,
    targetMs: durationMsSchema.nullable(),
    steps: z.array(stepSpecSchema).min(1, 'A checklist needs at least one step.').max(300, 'A checklist holds at most 300 steps.'),
  }),
  'checklist.step_added': z.object({ incidentId: idSchema, checklistId: idSchema, step: stepSpecSchema }),
  /** A step's status changed; `override` says it was started or finished while still waiting on its needs. */
  'step.status_changed': z.object({
    incidentId: idSchema,
    checklistId: idSchema,
    stepId: idSchema,
    status: stepStatusSchema,
    reason: reasonSchema,
    override: z.boolean(),
  }),
  /** Someone takes a step, or it is left unassigned (person null). */
  'step.assigned': z.object({
    incidentId: idSchema,
    checklistId: idSchema,
    stepId: idSchema,
    person: personNameSchema.nullable(),
    personId: idSchema.nullable(),
  }),
  'step.noted': z.object({ incidentId: idSchema, checklistId: idSchema, stepId: idSchema, text: entryTextSchema }),
  /**
   * A second person confirms a step marked `confirm: two` as done. `confirms`
   * is the stamp of the status change to done it confirms: a step reopened
   * and done again needs a new confirmation. Counted only from another
   * device and another name than the one who marked it done.
   */
  'step.confirmed': z.object({ incidentId: idSchema, checklistId: idSchema, stepId: idSchema, confirms: stampRefSchema }),
  /** The step's result was verified by hand (monitoring may be wrong), or that mark taken off. */
  'step.checked_by_hand': z.object({ incidentId: idSchema, checklistId: idSchema, stepId: idSchema, checked: z.boolean() }),
  'incident.status_changed': z.object({
    incidentId: idSchema,
    status: statusSchema,
    /** True when a resolved incident was deliberately reopened. */
    reopened: z.boolean(),
  }),
  'incident.severity_changed': z.object({
    incidentId: idSchema,
    severity: severitySchema,
    reason: reasonSchema,
  }),
  /** The public impact line rewritten; the last one in the agreed order is what customers read. */
  'incident.public_impact_changed': z.object({ incidentId: idSchema, publicImpact: publicImpactSchema }),
  'timeline.noted': z.object({
    incidentId: idSchema,
    entryId: idSchema,
    kind: entryKindSchema,
    text: entryTextSchema,
    /** When it happened, if written down later; null means "as recorded". */
    happenedAt: momentSchema.nullable(),
  }),
  /** A whole new revision of an entry; the earlier ones stay in its history. */
  'timeline.edited': z.object({
    incidentId: idSchema,
    entryId: idSchema,
    kind: entryKindSchema,
    text: entryTextSchema,
    happenedAt: momentSchema.nullable(),
  }),
  'timeline.struck': z.object({
    incidentId: idSchema,
    entryId: idSchema,
    reason: reasonSchema,
  }),
  'timeline.restored': z.object({
    incidentId: idSchema,
    entryId: idSchema,
  }),
  /** A role added to one incident beyond the key three (operations lead, scribe...). */
  'role.added': z.object({
    incidentId: idSchema,
    roleId: idSchema,
    name: roleNameSchema,
    /** The role card with its instructions, when one is shipped for it. */
    cardId: idSchema.nullable(),
  }),
  /** Someone takes a role; when another holds it, this is a hand-over. */
  'role.assigned': z.object({
    incidentId: idSchema,
    roleId: idSchema,
    person: personNameSchema,
    /** The roster entry, for whom to call; null for someone not on the roster. */
    personId: idSchema.nullable(),
    reason: reasonSchema,
  }),
  'role.vacated': z.object({
    incidentId: idSchema,
    roleId: idSchema,
    reason: reasonSchema,
  }),
  /** The whole roster record, as it is now (the latest in the agreed order wins). */
  'person.saved': personFieldsSchema.extend({ personId: idSchema }),
  'person.deleted': z.object({ personId: idSchema }),
  'partner.saved': partnerFieldsSchema.extend({ partnerId: idSchema }),
  'partner.deleted': z.object({ partnerId: idSchema }),
  /** A partner's engagement in one incident set or changed, with why. */
  'partner.engagement_changed': z.object({
    incidentId: idSchema,
    partnerId: idSchema,
    /** The name when it changed, so the timeline reads right if the partner is renamed or deleted. */
    partnerName: text(LIMITS.titleChars, 'The partner’s name'),
    level: engagementLevelSchema,
    reason: reasonSchema,
  }),
  /** A status update sent to one audience; when the next one is due is decided as it is sent. */
  'status_update.published': z.object({
    incidentId: idSchema,
    updateId: idSchema,
    audience: audienceSchema,
    text: statusUpdateTextSchema,
    templateId: idSchema.nullable(),
    nextUpdateAt: momentSchema.nullable(),
  }),
  /**
   * A milestone set or corrected by hand; `at` null puts back the time status
   * changes give it. The reason is kept: metrics are argued over.
   */
  'incident.milestone_set': z.object({
    incidentId: idSchema,
    milestone: milestoneSchema,
    at: momentSchema.nullable(),
    reason: reasonSchema,
  }),
  /**
   * A timeline entry (a person's or the system's) starred as a key moment, or
   * unstarred. Named `starredEntryId`, not `entryId`: a star belongs to the
   * incident, since system entries have no events of their own.
   */
  'timeline.starred': z.object({ incidentId: idSchema, starredEntryId: idSchema, starred: z.boolean() }),
  /**
   * One post-mortem section written whole. `replaces` is the stamp (hlc) of
   * the version its writer saw, null for the first: two writes replacing the
   * same version were made at once, and the one left behind is named.
   */
  'postmortem.section_written': z.object({
    incidentId: idSchema,
    section: reviewSectionSchema,
    text: reviewTextSchema,
    replaces: z.string().max(64).nullable(),
  }),
  /** An action item saved whole (added or changed). */
  'postmortem.action_saved': z.object({
    incidentId: idSchema,
    actionId: idSchema,
    what: actionWhatSchema,
    owner: personNameSchema,
    ownerPersonId: idSchema.nullable(),
    due: dayDateSchema.nullable(),
    kind: actionKindSchema,
  }),
  'postmortem.action_removed': z.object({ incidentId: idSchema, actionId: idSchema }),
  /** Services brought into an incident's scope, each as the catalogue described it then. */
  'services.scoped': z.object({
    incidentId: idSchema,
    services: z.array(serviceSpecSchema).min(1, 'Name at least one service.').max(200, 'Bring at most 200 services into scope at once.'),
    reason: reasonSchema,
  }),
  /** A service taken off an incident's board (brought in by mistake); its checks stay in its history. */
  'service.unscoped': z.object({ incidentId: idSchema, serviceId: serviceIdSchema, reason: reasonSchema }),
  /**
   * A person checked a service by hand and found it in this state. `override`
   * says it was marked up while something it depends on was not verified up,
   * `reason` why.
   */
  'service.checked': z.object({
    incidentId: idSchema,
    serviceId: serviceIdSchema,
    state: serviceStateSchema,
    evidence: evidenceSchema,
    override: z.boolean(),
    reason: reasonSchema,
  }),
  /** A second person confirms a check marking a `confirm: two` service up; `confirms` is that check's stamp. */
  'service.confirmed': z.object({ incidentId: idSchema, serviceId: serviceIdSchema, confirms: stampRefSchema }),
  /** A person found a channel working, failing or unknown for this incident. */
  'channel.marked': z.object({ incidentId: idSchema, channel: channelSpecSchema, state: channelStateSchema, note: reasonSchema }),
  /** An audience added to one incident beyond internal, customers, partners and management (a regulator, the board). */
  'audience.added': z.object({ incidentId: idSchema, audienceId: audienceIdSchema, name: text(LIMITS.titleChars, 'The audience’s name') }),
  /** Recipients put on an audience's list for this incident; the latest add or removal of a key in the agreed order stands. */
  'audience.recipients_added': z.object({ incidentId: idSchema, audienceId: audienceIdSchema, recipients: z.array(recipientSchema).min(1).max(500) }),
  'audience.recipient_removed': z.object({ incidentId: idSchema, audienceId: audienceIdSchema, recipientKey: recipientKeySchema }),
  /**
   * A person says an update reached (or failed to reach) recipients through a
   * channel; Holdfast sends nothing itself. One record per update, recipient
   * and channel: the latest in the agreed order stands, so two laptops
   * recording the same delivery end with one.
   */
  'update.deliveries_recorded': z.object({
    incidentId: idSchema,
    updateId: idSchema,
    deliveries: z
      .array(
        z.object({
          recipientKey: recipientKeySchema,
          recipientName: text(LIMITS.titleChars, 'The recipient’s name'),
          channelId: channelIdSchema,
          outcome: deliveryOutcomeSchema,
          /** The channel's name as the file had it, for the timeline line; the id is said when it is missing. */
          channelName: text(LIMITS.titleChars, 'The channel’s name').optional(),
        }),
      )
      .min(1)
      .max(1_000),
    note: reasonSchema,
    /** The name of the update's audience ("Management"), for the timeline line. */
    audienceName: text(LIMITS.titleChars, 'The audience’s name').optional(),
  }),
  /** People put on the incident's call-out list (drawn from the call-out file for its severity, or added by hand). */
  'callout.listed': z.object({
    incidentId: idSchema,
    severity: severitySchema,
    /** How long to try one person before the next in their chain is offered. */
    escalateAfterMs: durationMsSchema,
    callees: z.array(calleeSchema).min(1).max(500),
    /**
     * The later ranks of each chain, as the file and the roster had them when
     * the list was drawn: not called yet, offered one by one when the one
     * before is not reached in time, so every laptop offers the same person.
     */
    standby: z.array(calleeSchema).max(500).optional(),
    reason: reasonSchema,
  }),
  /** Calling one person got this far. */
  'callout.progressed': z.object({ incidentId: idSchema, calleeKey: recipientKeySchema, state: calloutStateSchema, note: reasonSchema }),
  /** Someone outside the room was promised something: an ETA, a callback, the next update. */
  'promise.made': z.object({
    incidentId: idSchema,
    promiseId: idSchema,
    what: promiseWhatSchema,
    /** To whom: a person, an audience, a partner, as typed. */
    to: text(LIMITS.titleChars, 'To whom'),
    /** Who made it (not necessarily who typed it). */
    madeBy: personNameSchema,
    dueAt: momentSchema,
    /** The update it was made in, when it was. */
    updateId: idSchema.nullable(),
  }),
  'promise.due_changed': z.object({ incidentId: idSchema, promiseId: idSchema, dueAt: momentSchema, reason: reasonSchema }),
  'promise.closed': z.object({ incidentId: idSchema, promiseId: idSchema, outcome: promiseOutcomeSchema, reason: reasonSchema }),
  /**
   * A shift brief for whoever takes a role next: drafted by Holdfast from what
   * the role holds open, edited by the outgoing person, with their open
   * questions. `to` null: they are going off shift and nobody is named yet.
   */
  'brief.written': z.object({
    incidentId: idSchema,
    briefId: idSchema,
    roleId: idSchema,
    roleName: roleNameSchema,
    from: personNameSchema.nullable(),
    to: personNameSchema.nullable(),
    /** What changed in the last this-many hours is in it. */
    hours: z.number().int().min(1).max(72),
    sections: z.array(briefSectionSchema).max(20),
    questions: typedOptionalText(LIMITS.summaryChars, 'The open questions', 'lines'),
  }),
  'brief.acknowledged': z.object({ incidentId: idSchema, briefId: idSchema, note: reasonSchema }),
  // After the incident (issue 17): action items followed to done, categories, readiness, drills' people.
  /**
   * An action item's status moved. `wont_do` carries why; the latest change
   * in the agreed order stands and every change is kept as its history.
   */
  'action.status_changed': z.object({ incidentId: idSchema, actionId: idSchema, status: actionStatusSchema, reason: reasonSchema }),
  /**
   * An incident's categories set whole: its causes (ids from the taxonomy
   * file, runbooks/categories.yaml) and the services affected (catalogue
   * ids). The latest in the agreed order stands; each setting is history.
   */
  'incident.categorised': z.object({
    incidentId: idSchema,
    causes: z.array(categoryIdSchema).max(20, 'Choose at most 20 causes.'),
    services: z.array(serviceIdSchema).max(200, 'Choose at most 200 services.'),
    reason: reasonSchema,
  }),
  /**
   * A team's readiness question answered. The question's text is copied in,
   * so every laptop shows what was answered whatever its own file says.
   */
  'readiness.answered': z.object({
    team: text(LIMITS.nameChars, 'The team'),
    questionId: categoryIdSchema,
    question: text(LIMITS.summaryChars, 'The question'),
    answer: typedText(LIMITS.summaryChars, 'The answer', 'lines'),
  }),
  /** People who took part in a drill, each with the roles they rehearsed; a person listed again adds roles. */
  'drill.participants_recorded': z.object({
    incidentId: idSchema,
    participants: z
      .array(z.object({ personId: idSchema.nullable(), name: personNameSchema, roles: z.array(roleNameSchema).max(20) }))
      .min(1, 'Name at least one person who took part.')
      .max(200),
  }),
  /**
   * A device taken out of the room (a lost or compromised laptop). `upToSeq`
   * is the last of its events the remover held. Every peer refuses its events
   * after the room's limit for it: the highest point any removal or
   * `room.device_history_kept` names (electron/store/device-removals.ts).
   * Nothing already held is taken out.
   */
  'room.device_removed': z.object({
    device: deviceIdSchema,
    upToSeq: z.number().int().min(0),
    reason: text(LIMITS.reasonChars, 'The reason'),
  }),
  /**
   * Signed by a laptop that held a removed device's events up to `upToSeq`
   * (the last of them hashing to `hash`) when the removal reached it: the
   * room keeps that much of the device's past, whatever the removal said.
   */
  'room.device_history_kept': z.object({
    device: deviceIdSchema,
    upToSeq: z.number().int().min(1),
    hash: eventHashSchema,
  }),
} as const;

export type EventType = keyof typeof eventPayloadSchemas;
export type EventPayload<T extends EventType> = z.output<(typeof eventPayloadSchemas)[T]>;
export const EVENT_TYPES = Object.keys(eventPayloadSchemas) as EventType[];

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(eventPayloadSchemas, type);
}

/** The part of an event its device signs. */
export interface UnsignedEvent {
  /** The device's public key, base64url: who signed it. */
  readonly device: string;
  /** 1, 2, 3, ... per device, without gaps. */
  readonly seq: number;
  /** Hybrid logical clock stamp (encoded), when it was recorded. */
  readonly hlc: string;
  /** The person at that device. */
  readonly author: string;
  readonly type: string;
  readonly payload: unknown;
  /** Hash of the device's previous event; null for seq 1. */
  readonly prev: string | null;
}

export interface SignedEvent extends UnsignedEvent {
  /** sha256 (hex) of the canonical JSON of the unsigned event. */
  readonly hash: string;
  /** ed25519 signature (base64url) of the hash. */
  readonly sig: string;
}

/**
 * An event of type T (or of any of the types T names) whose payload has been
 * validated. Written as a mapped type so that a table keyed by event type
 * can be indexed with `event.type` and called with the event.
 */
export type EventOf<T extends EventType> = {
  [P in T]: Omit<SignedEvent, 'type' | 'payload'> & { readonly type: P; readonly payload: EventPayload<P> };
}[T];

/** A type-narrowed event whose payload has been validated. */
export type KnownEvent = EventOf<EventType>;

export const envelopeSchema = z.object({
  device: deviceIdSchema,
  seq: z.number().int().min(1),
  hlc: z.string().refine(isEncodedHlc, 'a clock stamp'),
  author: z.string().max(LIMITS.nameChars),
  type: z.string().regex(/^[a-z][a-z0-9_.]{0,63}$/, 'an event type'),
  payload: z.unknown(),
  prev: eventHashSchema.nullable(),
  hash: eventHashSchema,
  sig: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'a signature'),
});

/**
 * Narrows an event to a known type with a valid payload, or returns null for
 * a type this version does not know (stored and relayed, not projected) or a
 * payload that does not fit its schema.
 */
export function asKnownEvent(event: SignedEvent): KnownEvent | null {
  if (!isKnownEventType(event.type)) return null;
  const schema = eventPayloadSchemas[event.type];
  const parsed = schema.safeParse(event.payload);
  // A laptop older than this version, or hostile, may have recorded text
  // this version refuses in new input. The event is read with those
  // characters shown as U+FFFD, one for one, rather than dropped with all
  // that refers to it (an incident's whole timeline hangs on its
  // declaration); nothing else a schema refuses passes this way.
  const read = parsed.success ? parsed : schema.safeParse(printableCopy(event.payload));
  if (!read.success) return null;
  return { ...event, payload: read.data } as KnownEvent;
}

export function unsignedPart(event: SignedEvent): UnsignedEvent {
  const { device, seq, hlc, author, type, payload, prev } = event;
  return { device, seq, hlc, author, type, payload, prev };
}
