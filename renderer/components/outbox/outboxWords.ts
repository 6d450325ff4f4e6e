import type { QueuedMethod } from '../../api/outboxWrite.js';

/** What each kind of queued write was, as the person would say it, for a refusal about it. */
export const QUEUED_WRITE_LABEL = {
  addEntry: 'Timeline entry',
  editEntry: 'Edit of a timeline entry',
  strikeEntry: 'Striking out a timeline entry',
  restoreEntry: 'Restoring a timeline entry',
  changeStatus: 'Status change',
  reopenIncident: 'Reopening the incident',
  changeSeverity: 'Severity change',
  addRole: 'New role',
  assignRole: 'Role assignment',
  vacateRole: 'Role left empty',
  engagePartner: 'Partner engagement',
  publishStatusUpdate: 'Status update',
  addStep: 'New checklist step',
  setStepStatus: 'Step status change',
  assignStep: 'Step assignment',
  noteStep: 'Note on a step',
  markStepChecked: 'Step ticked',
  setMilestone: 'Milestone',
  starEntry: 'Key moment',
  writeReviewSection: 'Post-mortem section',
  saveActionItem: 'Action item',
  removeActionItem: 'Removing an action item',
  unscopeService: 'Taking a service off the board',
  checkService: 'Hand check of a service',
  confirmService: 'Confirming a service is up',
  confirmStep: 'Confirming a step',
  markChannel: 'Marking a channel',
  addAudience: 'New audience',
  addRecipients: 'Recipients added to a list',
  removeRecipient: 'Recipient taken off a list',
  recordDeliveries: 'Deliveries of an update',
  startCallout: 'Starting the call-out',
  addCallees: 'People added to the call-out',
  progressCallout: 'Call-out progress',
  makePromise: 'Promise',
  changePromiseDue: 'New due time of a promise',
  closePromise: 'Closing a promise',
  writeBrief: 'Shift brief',
  acknowledgeBrief: 'Acknowledging a brief',
  setActionStatus: 'Status of an action item',
  categoriseIncident: 'Categories of an incident',
  recordDrillParticipants: 'Who took part in a drill',
  answerReadiness: 'Readiness answer',
} as const satisfies Record<QueuedMethod, string>;

/** The words a person typed in a write, to copy before dismissing its refusal. */
export function typedWords(input: Readonly<Record<string, unknown>>): string {
  for (const field of ['text', 'reason', 'note', 'summary', 'what', 'questions', 'title']) {
    const value = input[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}
