/**
 * Checklists in an incident: attaching a runbook, adding a step, working the
 * steps. A step still waiting on its needs cannot be started or finished by
 * mistake: that takes an override with a reason, and the override is
 * recorded (DOMAIN.md: restarting in the wrong order broke what had just
 * come up). A four-eyes step (`confirm: two`) marked done is not finished
 * until a second person, on another laptop, confirms it: see
 * shared/checklists/four-eyes.ts.
 */
import { isStepFinished, sameName } from '../../shared/checklists/four-eyes.js';
import type { ChecklistView, StepView } from '../../shared/projection/checklist-views.js';
import { STEP_STATUS_LABEL } from '../../shared/projection/checklist-fold.js';
import { HoldfastFailure } from '../../shared/result.js';
import { findCycles } from '../../shared/runbooks/step-graph.js';
import { attachChecklist } from './checklist-attachment.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';
import { refuseUnknownPick } from './roster-pick.js';
import { runbookOf } from './runbook-lookup.js';

export type ChecklistMethod = 'attachRunbook' | 'addStep' | 'setStepStatus' | 'assignStep' | 'noteStep' | 'markStepChecked' | 'confirmStep';

function checklistOf(context: OperationContext, incidentId: string, checklistId: string): ChecklistView {
  incidentOf(context, incidentId);
  const checklist = context.projection.checklist(checklistId);
  if (!checklist || checklist.incidentId !== incidentId) throw new HoldfastFailure('not_found', `This incident has no checklist with id ${checklistId}.`, ['checklistId']);
  return checklist;
}

function stepOf(context: OperationContext, incidentId: string, checklistId: string, stepId: string): StepView {
  const step = checklistOf(context, incidentId, checklistId).steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new HoldfastFailure('not_found', `This checklist has no step with id ${stepId}.`, ['stepId']);
  return step;
}

/** Why this person, at this laptop, cannot be the second pair of eyes on the step; null when they can. */
function confirmationRefusal(step: StepView, caller: { readonly device: string; readonly name: string | null }): string | null {
  if (step.confirm !== 'two') return `${step.title} does not need a second person: marking it done is enough.`;
  const waiting = step.confirmation;
  if (step.status !== 'done' || waiting === null) return `${step.title} is not done yet: a second person confirms it once someone marks it done.`;
  if (waiting.confirmedBy !== null) return `${waiting.confirmedBy} already confirmed ${step.title}.`;
  if (caller.name !== null && sameName(caller.name, waiting.requestedBy)) {
    return `You marked ${step.title} done yourself: a second person must confirm it, from their own laptop.`;
  }
  if (caller.device === waiting.requestedDevice) {
    return `${waiting.requestedBy} marked ${step.title} done from this laptop: a second person must confirm it from another laptop (another browser on the same Holdfast counts as this laptop).`;
  }
  return null;
}

export const checklistOperations: OperationsFor<ChecklistMethod> = {
  attachRunbook: (context, { incidentId, runbookId }) => {
    incidentOf(context, incidentId);
    const runbook = runbookOf(context, runbookId);
    const already = context.projection.checklistsOf(incidentId).find((checklist) => checklist.runbookId === runbookId);
    if (already) throw new HoldfastFailure('conflict', `${runbook.title} is already attached to this incident.`, ['runbookId']);
    return attachChecklist(context, incidentId, runbook);
  },

  addStep: (context, { incidentId, checklistId, title, details, needs, role, expectMs }) => {
    const checklist = checklistOf(context, incidentId, checklistId);
    const known = new Set(checklist.steps.map((step) => step.id));
    const unknown = needs.filter((need) => !known.has(need));
    if (unknown.length > 0) {
      throw new HoldfastFailure('invalid_input', `This checklist has no step ${unknown.join(', ')} for the new step to need.`, ['needs', needs.indexOf(unknown[0]!)]);
    }
    const stepId = `added-${context.newId()}`;
    // A new step can only need existing ones, so it cannot close a cycle; checked anyway, as the parser does.
    if (findCycles([...checklist.steps.map((step) => ({ ...step, line: 0 })), { id: stepId, needs, line: 0 }]).length > 0) {
      throw new HoldfastFailure('invalid_input', 'Those needs would make the steps wait on each other in a circle.', ['needs']);
    }
    context.record('checklist.step_added', {
      incidentId,
      checklistId,
      step: { stepId, title, details, needs: [...new Set(needs)], role, expectMs, links: [], phase: 'Added during the incident', confirm: 'one', restores: [] },
    });
    return context.projection.checklist(checklistId)!;
  },

  setStepStatus: (context, { incidentId, checklistId, stepId, status, reason, override }) => {
    const step = stepOf(context, incidentId, checklistId, stepId);
    if (step.status === status) throw new HoldfastFailure('conflict', `The step is already ${STEP_STATUS_LABEL[status].toLocaleLowerCase('en')}.`, ['status']);
    if ((status === 'blocked' || status === 'skipped') && reason === '') {
      throw new HoldfastFailure('invalid_input', `Say why the step is ${status}: it is recorded for everyone and for the post-mortem.`, ['reason']);
    }
    const checklist = context.projection.checklist(checklistId)!;
    const waitingOn = step.needs.filter((need) => {
      const other = checklist.steps.find((candidate) => candidate.id === need);
      return other !== undefined && other.id !== step.id && !isStepFinished(other);
    });
    const startsOrFinishes = status === 'in_progress' || status === 'done';
    const overriding = startsOrFinishes && waitingOn.length > 0 && step.status !== 'in_progress';
    if (overriding && !override) {
      const names = waitingOn
        .map((need) => checklist.steps.find((candidate) => candidate.id === need)!)
        .map((other) => (other.status === 'done' ? `${other.title} (done, awaiting a second person’s confirmation)` : other.title))
        .join('; ');
      throw new HoldfastFailure('conflict', `This step is waiting on: ${names}. To ${status === 'done' ? 'finish' : 'start'} it anyway, override with a reason.`);
    }
    if (overriding && reason === '') throw new HoldfastFailure('invalid_input', 'Say why this step goes ahead before its needs are done: the override is recorded.', ['reason']);
    context.record('step.status_changed', { incidentId, checklistId, stepId, status, reason, override: overriding });
    return context.projection.checklist(checklistId)!;
  },

  assignStep: (context, { incidentId, checklistId, stepId, person, personId }) => {
    const step = stepOf(context, incidentId, checklistId, stepId);
    if ((step.assignee ?? '').toLocaleLowerCase('en') === (person ?? '').toLocaleLowerCase('en')) {
      throw new HoldfastFailure('conflict', person === null ? 'Nobody has this step.' : `${step.assignee} already has this step.`, ['person']);
    }
    refuseUnknownPick(context, personId, 'personId');
    context.record('step.assigned', { incidentId, checklistId, stepId, person, personId: person === null ? null : personId });
    return context.projection.checklist(checklistId)!;
  },

  noteStep: (context, { incidentId, checklistId, stepId, text }) => {
    stepOf(context, incidentId, checklistId, stepId);
    context.record('step.noted', { incidentId, checklistId, stepId, text });
    return context.projection.checklist(checklistId)!;
  },

  confirmStep: (context, { incidentId, checklistId, stepId }) => {
    const step = stepOf(context, incidentId, checklistId, stepId);
    const refusal = confirmationRefusal(step, context.session());
    if (refusal !== null) throw new HoldfastFailure('conflict', refusal);
    context.record('step.confirmed', { incidentId, checklistId, stepId, confirms: step.confirmation!.stamp });
    return context.projection.checklist(checklistId)!;
  },

  markStepChecked: (context, { incidentId, checklistId, stepId, checked }) => {
    const step = stepOf(context, incidentId, checklistId, stepId);
    if (step.checkedByHand === checked) throw new HoldfastFailure('conflict', checked ? 'The step is already marked as checked by hand.' : 'The step is not marked as checked by hand.', ['checked']);
    context.record('step.checked_by_hand', { incidentId, checklistId, stepId, checked });
    return context.projection.checklist(checklistId)!;
  },
};
