import type { ApiMethod } from '../../shared/api.js';

/**
 * The writes that wait in the outbox when the host is out of reach: what a
 * person does to an incident during one. Reads, files and the room itself
 * are not queued (they mean nothing later, or need an answer now), nor is
 * declaring, whose answer opens the new incident.
 */
export const QUEUED_METHODS = [
  'addEntry',
  'editEntry',
  'strikeEntry',
  'restoreEntry',
  'changeStatus',
  'reopenIncident',
  'changeSeverity',
  'addRole',
  'assignRole',
  'vacateRole',
  'engagePartner',
  'publishStatusUpdate',
  'addStep',
  'setStepStatus',
  'assignStep',
  'noteStep',
  'markStepChecked',
  'setMilestone',
  'starEntry',
  'writeReviewSection',
  'saveActionItem',
  'removeActionItem',
  'unscopeService',
  'checkService',
  'confirmService',
  'confirmStep',
  'markChannel',
  'addAudience',
  'addRecipients',
  'removeRecipient',
  'recordDeliveries',
  'startCallout',
  'addCallees',
  'progressCallout',
  'makePromise',
  'changePromiseDue',
  'closePromise',
  'writeBrief',
  'acknowledgeBrief',
  'setActionStatus',
  'categoriseIncident',
  'recordDrillParticipants',
  'answerReadiness',
] as const satisfies readonly ApiMethod[];

export type QueuedMethod = (typeof QUEUED_METHODS)[number];

const QUEUED: ReadonlySet<string> = new Set(QUEUED_METHODS);

export function isQueuedMethod(method: ApiMethod): method is QueuedMethod {
  return QUEUED.has(method);
}

/** One write made while the host could not take it, kept until it is applied or the person dismisses its refusal. */
export interface OutboxWrite {
  /** The idempotency key, made when the person submitted: every send of this write carries it. */
  readonly key: string;
  /** Sent in this order. */
  readonly order: number;
  readonly method: QueuedMethod;
  readonly input: Readonly<Record<string, unknown>>;
  /** The incident it is about, so its screen can show it. */
  readonly incidentId: string | null;
  /** When the person made it (this browser's clock). */
  readonly madeAt: number;
  /** The host's reason when it refused the write on arrival; null while it waits to send. */
  readonly refusal: string | null;
}

export const isWaiting = (write: OutboxWrite): boolean => write.refusal === null;
