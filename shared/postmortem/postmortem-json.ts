/**
 * The post-mortem as JSON, for other tools (a wiki importer, a metrics
 * dashboard, an archive). Its shape is a contract, written once here as a
 * schema: the type, the JSON Schema (`postMortemJsonSchema()`) and the
 * documentation (docs/postmortem-json.md, held to it by a test) all come
 * from it.
 *
 * `format` and `version` say what the file is. Fields are only ever added
 * within a version; a field whose meaning changes, or one taken away, makes
 * the next version. Times are ISO 8601 in UTC; durations are milliseconds.
 */
import { z } from 'zod';
import { ENTRY_KINDS, STEP_STATUSES } from '../events.js';
import type { TimelineKind } from '../projection/views.js';
import { INCIDENT_STATUSES } from '../status.js';
import { SEVERITIES } from '../severity.js';
import { AUDIENCES } from '../updates/audience.js';
import type { DocumentText, PostMortem, TimelineLine } from './document.js';
import { MILESTONES } from './milestones.js';
import { ACTION_KINDS, REVIEW_SECTIONS } from './review.js';
import { TIME_TO_METRICS } from './metrics.js';
import { servicesAffectedJson, servicesAffectedSchema } from './services-affected-json.js';
import { categoriesJson, categoriesSchema } from './categories-json.js';
import { outreachJsonFields, outreachJsonSchemaFields } from './outreach/outreach-record.js';
import { verifiableRecordSchema, type VerifiableRecord } from '../record/verifiable-record.js';

export const POST_MORTEM_JSON_FORMAT = 'holdfast.postmortem';
export const POST_MORTEM_JSON_VERSION = 1;

const time = z.string().describe('ISO 8601, UTC');
const ms = z.number().describe('milliseconds');
const TIMELINE_KINDS = [...ENTRY_KINDS, 'declared', 'status', 'severity', 'role', 'partner', 'update', 'step', 'milestone', 'service', 'channel', 'delivery', 'callout', 'promise', 'brief'] as const satisfies readonly TimelineKind[];

const textSchema = z.object({
  text: z.string().describe('What the section says; empty when nobody has written it and nothing could be drafted'),
  drafted: z.boolean().describe('Drafted by Holdfast from the incident rather than written by a person'),
  writtenBy: z.string().nullable().describe('Who wrote the version given; null when drafted or empty'),
  writtenAt: time.nullable().describe('When that version was written'),
});

const stepSchema = z.object({
  id: z.string(),
  title: z.string(),
  phase: z.string().nullable().describe('The runbook phase the step belongs to, if any'),
  added: z.boolean().describe('Added during the incident rather than taken from the runbook'),
  status: z.enum(STEP_STATUSES),
  by: z.string().nullable().describe('Who put it in its status (ticked it done, skipped, blocked or started it); null when nobody changed its status'),
  at: time.nullable().describe('When it reached its status; null when nobody touched it'),
  startedAt: time.nullable(),
  finishedAt: time.nullable().describe('When it was done or skipped'),
  tookMs: ms.nullable().describe('From start to finish, when both are known; null for a step ticked done without being started, whose time nobody measured'),
  expectMs: ms.nullable().describe('How long the runbook expected it to take'),
  reason: z.string().describe('Why it was skipped or blocked; empty otherwise'),
  overridden: z.boolean().describe('Started or finished while steps it needs were not done'),
  overrideReason: z.string().describe('Why it went ahead before the steps it needs were done; empty when it did not'),
  checkedByHand: z.boolean().describe('Its result was verified by hand'),
  fourEyes: z
    .object({
      doneBy: z.string().describe('Who marked it done'),
      confirmedBy: z.string().nullable().describe('The second person, on another laptop, who confirmed it; null when nobody did'),
      confirmedAt: time.nullable().describe('When they confirmed it; null when nobody did'),
    })
    .optional()
    .describe('Only for a done step that took two people (confirm: two in its runbook)'),
  notes: z.array(z.object({ text: z.string(), at: time, by: z.string() })),
});

const entrySchema = z.object({
  id: z.string(),
  at: time.describe('When it happened (as said by its writer), else when it was written down'),
  kind: z.enum(TIMELINE_KINDS),
  text: z.string(),
  author: z.string(),
  recordedAt: time.nullable().describe('When it was written down, when that differs from when it happened'),
  edited: z.boolean(),
  system: z.boolean().describe('Written by Holdfast itself (a status change, a step done), not by a person'),
  keyMoment: z.boolean().describe('Starred as a key moment'),
});

export const postMortemDocumentSchema = z.object({
  format: z.literal(POST_MORTEM_JSON_FORMAT),
  version: z.literal(POST_MORTEM_JSON_VERSION),
  generatedAt: time,
  draft: z.boolean().describe('No action item prevents a recurrence'),
  warnings: z.array(z.string()).describe('What to know before sending it, each one sentence'),
  incident: z.object({
    id: z.string(),
    title: z.string(),
    status: z.enum(INCIDENT_STATUSES),
    drill: z
      .object({ runbookId: z.string(), state: z.enum(['running', 'completed', 'stopped']), note: z.string() })
      .nullable()
      .describe('Set for a drill, which is left out of real incident metrics'),
    declaredAt: time,
    declaredBy: z.string(),
    severity: z.object({
      declared: z.enum(SEVERITIES),
      highest: z.enum(SEVERITIES),
      final: z.enum(SEVERITIES),
      changes: z.array(z.object({ severity: z.enum(SEVERITIES), at: time, by: z.string(), reason: z.string() })).describe('Oldest first, starting with the declared severity'),
    }),
    duration: z
      .object({ from: time, to: time, ms, open: z.boolean().describe('Not resolved yet: `to` is when the document was made') })
      .describe('From when the impact started to when it was resolved'),
  }),
  sections: z.object(Object.fromEntries(REVIEW_SECTIONS.map((section) => [section, textSchema])) as Record<(typeof REVIEW_SECTIONS)[number], typeof textSchema>),
  milestones: z.array(
    z.object({
      milestone: z.enum(MILESTONES),
      at: time.nullable().describe('Null while not reached'),
      source: z.enum(['declared', 'status', 'set']).describe('Where the time comes from: the declaration, a status change, or a person'),
      setBy: z.string().nullable(),
      reason: z.string().describe('Why it was set by hand'),
      corrections: z.array(z.object({ at: time.nullable().describe('Null put back the default'), reason: z.string(), by: z.string(), recordedAt: time })).describe('Oldest first'),
    }),
  ),
  metrics: z.object({
    counted: z.boolean().describe('False for a drill: left out of real incident metrics'),
    leftOutBecause: z.string().nullable(),
    timeTo: z.array(
      z.object({
        key: z.enum(TIME_TO_METRICS),
        label: z.string(),
        formula: z.string(),
        ms: ms.nullable().describe('Null while the milestone is not reached; negative when milestones cross'),
        problem: z.string().nullable().describe('Why a negative time is negative'),
      }),
    ),
    timeAtSeverity: z.array(z.object({ severity: z.enum(SEVERITIES), ms, formula: z.string() })),
  }),
  roles: z.array(
    z.object({
      name: z.string(),
      key: z.boolean().describe('One of the key roles every incident has'),
      holder: z.string().nullable().describe('Who held it at the end'),
      changes: z
        .array(z.object({ from: z.string().nullable(), to: z.string().nullable().describe('Null: vacated'), reason: z.string(), at: time, by: z.string().describe('Who recorded it') }))
        .describe('Every change of holder, oldest first'),
    }),
  ),
  people: z.array(z.object({ name: z.string(), roles: z.array(z.string()), entries: z.number().int().describe('Timeline entries they wrote themselves, not those Holdfast wrote when they acted') })),
  timeline: z.object({
    keyMoments: z.array(z.string()).describe('Ids of the entries starred as key moments, in timeline order'),
    entries: z.array(entrySchema).describe('In timeline order; struck entries are left out'),
    struckLeftOut: z.number().int(),
  }),
  checklists: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      runbookId: z.string(),
      attachedAt: time,
      attachedBy: z.string(),
      targetMs: ms.nullable(),
      completedAt: time.nullable(),
      counts: z.object(Object.fromEntries(STEP_STATUSES.map((status) => [status, z.number().int()])) as Record<(typeof STEP_STATUSES)[number], z.ZodNumber>),
      steps: z.array(stepSchema).describe('In dependency order'),
    }),
  ),
  statusUpdates: z.array(z.object({ audience: z.enum(AUDIENCES), text: z.string(), at: time, by: z.string() })).describe('Oldest first'),
  actions: z.array(
    z.object({
      id: z.string(),
      what: z.string(),
      owner: z.string(),
      due: z.string().nullable().describe('YYYY-MM-DD'),
      kind: z.enum(ACTION_KINDS),
    }),
  ),
  /** Added in version 1 with the service board: absent when no service was on it. */
  servicesAffected: servicesAffectedSchema.optional().describe('The services on the incident’s board; absent when none was'),
  /** Added in version 1 with incident categories: absent until somebody categorised it. */
  categories: categoriesSchema.optional().describe('Its causes and the services affected; absent until somebody categorised it'),
  ...outreachJsonSchemaFields,
  /** Added in version 1 with `holdfast verify` (docs/verifiable-record.md): absent when made without the event log. */
  record: verifiableRecordSchema.optional().describe('The signed events behind the post-mortem, for `holdfast verify`; see docs/verifiable-record.md'),
});

export type PostMortemJson = z.infer<typeof postMortemDocumentSchema>;

/** The JSON Schema (draft 2020-12) of the file, for tools that check what they read. */
export function postMortemJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(postMortemDocumentSchema),
    $id: `https://holdfast.invalid/schemas/${POST_MORTEM_JSON_FORMAT}/${POST_MORTEM_JSON_VERSION}`,
    title: 'Holdfast post-mortem',
  };
}

const iso = (at: number) => new Date(at).toISOString();
const isoOrNull = (at: number | null) => (at === null ? null : iso(at));

function text(part: DocumentText) {
  return { text: part.text, drafted: part.drafted, writtenBy: part.by, writtenAt: isoOrNull(part.at) };
}

function entry(line: TimelineLine) {
  return { id: line.id, at: iso(line.at), kind: line.kind, text: line.text, author: line.author, recordedAt: isoOrNull(line.recordedAt), edited: line.edited, system: line.system, keyMoment: line.starredBy !== null };
}

/** `record` is the incident's signed events, read from the event log by the caller: the document itself stays pure. */
export function postMortemJson(document: PostMortem, record?: VerifiableRecord): PostMortemJson {
  const sections = Object.fromEntries([document.summary, document.impact, ...document.sections].map((part) => [part.section, text(part)])) as PostMortemJson['sections'];
  return {
    format: POST_MORTEM_JSON_FORMAT,
    version: POST_MORTEM_JSON_VERSION,
    generatedAt: iso(document.generatedAt),
    draft: document.draft,
    warnings: [...document.warnings],
    incident: {
      id: document.incidentId,
      title: document.title,
      status: document.status,
      drill: document.drill,
      declaredAt: iso(document.declaredAt),
      declaredBy: document.declaredBy,
      severity: {
        ...document.severity,
        changes: document.severity.changes.map((change) => ({ severity: change.severity, at: iso(change.at), by: change.by, reason: change.reason })),
      },
      duration: { from: iso(document.duration.from), to: iso(document.duration.to), ms: document.duration.ms, open: document.duration.open },
    },
    sections,
    milestones: document.milestones.map((milestone) => ({
      milestone: milestone.milestone,
      at: isoOrNull(milestone.at),
      source: milestone.source,
      setBy: milestone.setBy,
      reason: milestone.reason,
      corrections: milestone.corrections.map((correction) => ({ at: isoOrNull(correction.at), reason: correction.reason, by: correction.by, recordedAt: iso(correction.recordedAt) })),
    })),
    metrics: {
      counted: document.metrics.counted,
      leftOutBecause: document.metrics.leftOutBecause,
      timeTo: document.metrics.timeTo.map((metric) => ({ ...metric })),
      timeAtSeverity: document.metrics.timeAtSeverity.map((spent) => ({ ...spent })),
    },
    roles: document.roles.map((role) => ({
      name: role.name,
      key: role.key,
      holder: role.holder,
      changes: role.changes.map((change) => ({ from: change.from, to: change.to, reason: change.reason, at: iso(change.at), by: change.by })),
    })),
    people: document.people.map((person) => ({ name: person.name, roles: [...person.roles], entries: person.entries })),
    timeline: {
      keyMoments: document.timeline.keyMoments.map((line) => line.id),
      entries: document.timeline.chronology.map(entry),
      struckLeftOut: document.timeline.struckLeftOut,
    },
    checklists: document.checklists.map((checklist) => ({
      id: checklist.id,
      title: checklist.title,
      runbookId: checklist.runbookId,
      attachedAt: iso(checklist.attachedAt),
      attachedBy: checklist.attachedBy,
      targetMs: checklist.targetMs,
      completedAt: isoOrNull(checklist.completedAt),
      counts: { ...checklist.counts },
      steps: checklist.steps.map((step) => ({
        id: step.id,
        title: step.title,
        phase: step.phase,
        added: step.added,
        status: step.status,
        by: step.by,
        at: isoOrNull(step.at),
        startedAt: isoOrNull(step.startedAt),
        finishedAt: isoOrNull(step.finishedAt),
        tookMs: step.tookMs,
        expectMs: step.expectMs,
        reason: step.reason,
        overridden: step.overridden,
        overrideReason: step.overrideReason,
        checkedByHand: step.checkedByHand,
        ...(step.fourEyes === null
          ? {}
          : { fourEyes: { doneBy: step.fourEyes.doneBy, confirmedBy: step.fourEyes.confirmedBy, confirmedAt: isoOrNull(step.fourEyes.confirmedAt) } }),
        notes: step.notes.map((note) => ({ text: note.text, at: iso(note.at), by: note.by })),
      })),
    })),
    statusUpdates: document.statusUpdates.map((update) => ({ audience: update.audience, text: update.text, at: iso(update.at), by: update.by })),
    actions: document.actions.map((action) => ({ id: action.id, what: action.what, owner: action.owner, due: action.due, kind: action.kind })),
    ...(document.services === null ? {} : { servicesAffected: servicesAffectedJson(document.services) }),
    ...(document.categories === null ? {} : { categories: categoriesJson(document.categories) }),
    ...outreachJsonFields(document.outreach),
    ...(record === undefined ? {} : { record }),
  };
}

/** The file's text: two-space indented, ending with a newline. */
export function renderPostMortemJson(document: PostMortem, record?: VerifiableRecord): string {
  return `${JSON.stringify(postMortemJson(document, record), null, 2)}\n`;
}
