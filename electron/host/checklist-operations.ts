/**
 * Checklists in an incident: attaching a runbook, adding a step, working the
 * steps. A step still waiting on its needs cannot be started or finished by
 * mistake: that takes an override with a reason, and the override is
 * recorded (DOMAIN.md: restarting in the wrong order broke what had just
 * come up).
 */
import path from 'node:path';
import type { EventPayload } from '../../shared/events.js';
import type { ChecklistView, StepView } from '../../shared/projection/checklist-views.js';
import { STEP_STATUS_LABEL } from '../../shared/projection/checklist-fold.js';
import { HoldfastFailure } from '../../shared/result.js';
import { findCycles } from '../../shared/runbooks/step-graph.js';
import type { Runbook } from '../../shared/runbooks/runbook.js';
import { LIMITS } from '../../shared/limits.js';
import { loadRoleCards } from '../roles/role-cards.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';
import type { OperationContext } from './operations.js';
import { runbookOf } from './runbook-operations.js';

export type ChecklistMethod = 'attachRunbook' | 'addStep' | 'setStepStatus' | 'assignStep' | 'noteStep' | 'markStepChecked';

type StepSpec = EventPayload<'checklist.attached'>['steps'][number];

function checklistOf(context: OperationContext, incidentId: string, checklistId: string): ChecklistView {
  incidentOf(context, incidentId);
  const checklist = context.projection.checklist(checklistId);
  if (!checklist || checklist.incidentId !== incidentId) throw new HoldfastFailure('not_found', `This incident has no checklist with id ${checklistId}.`);
  return checklist;
}

function stepOf(context: OperationContext, incidentId: string, checklistId: string, stepId: string): StepView {
  const step = checklistOf(context, incidentId, checklistId).steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new HoldfastFailure('not_found', `This checklist has no step with id ${stepId}.`);
  return step;
}

function specOf(runbook: Runbook, step: Runbook['steps'][number]): StepSpec {
  if (step.title.length > LIMITS.titleChars * 2) {
    throw new HoldfastFailure('invalid_input', `${runbook.file}:${step.line}: the step's title is too long to attach (at most ${LIMITS.titleChars * 2} characters); move the rest into its details.`);
  }
  if (step.details.length > LIMITS.summaryChars) {
    throw new HoldfastFailure('invalid_input', `${runbook.file}:${step.line}: the step's details are too long to attach (at most ${LIMITS.summaryChars} characters); link to a document instead.`);
  }
  return {
    stepId: step.id,
    title: step.title,
    details: step.details,
    needs: [...step.needs],
    role: step.role,
    expectMs: step.expectMs,
    links: step.links.slice(0, 20).map((link) => ({ text: link.text.slice(0, LIMITS.titleChars), url: link.url.slice(0, 2_000) })),
    phase: step.phase === null ? null : step.phase.slice(0, LIMITS.titleChars),
  };
}

/** "database-lead" → "Database lead": the name a runbook's role gets when no card names it. */
function roleNameOf(roleId: string): string {
  const words = roleId.replace(/-/g, ' ');
  return words.charAt(0).toLocaleUpperCase('en') + words.slice(1);
}

/**
 * The runbook's roles join the incident under the runbook's own role ids, so
 * its steps' owners are roles someone can hold (and be offered the next step
 * of). A role the incident already has is left as it is.
 */
function addRunbookRoles(context: OperationContext, incidentId: string, runbook: Runbook): void {
  const present = new Set(incidentOf(context, incidentId).roles.map((role) => role.id));
  const needed = [...new Set([...runbook.roles, ...runbook.steps.flatMap((step) => (step.role === null ? [] : [step.role]))])].filter((roleId) => !present.has(roleId));
  if (needed.length === 0) return;
  const cards = loadRoleCards(path.join(context.runbooksDir, 'roles')).cards;
  for (const roleId of needed) {
    const card = cards.find((candidate) => candidate.id === roleId);
    context.record('role.added', { incidentId, roleId, name: card?.name ?? roleNameOf(roleId), cardId: card ? card.id : null });
  }
}

/** Copies the runbook's steps into the log as a new checklist of the incident, and adds the roles it involves. */
export function attachChecklist(context: OperationContext, incidentId: string, runbook: Runbook): ChecklistView {
  addRunbookRoles(context, incidentId, runbook);
  const checklistId = context.newId();
  context.record('checklist.attached', {
    incidentId,
    checklistId,
    runbookId: runbook.id,
    title: runbook.title,
    targetMs: runbook.targetMs,
    steps: runbook.steps.map((step) => specOf(runbook, step)),
  });
  return context.projection.checklist(checklistId)!;
}

const finished = (step: StepView) => step.status === 'done' || step.status === 'skipped';

export const checklistOperations: OperationsFor<ChecklistMethod> = {
  attachRunbook: (context, { incidentId, runbookId }) => {
    incidentOf(context, incidentId);
    const runbook = runbookOf(context, runbookId);
    const already = context.projection.checklistsOf(incidentId).find((checklist) => checklist.runbookId === runbookId);
    if (already) throw new HoldfastFailure('conflict', `${runbook.title} is already attached to this incident.`);
    return attachChecklist(context, incidentId, runbook);
  },

  addStep: (context, { incidentId, checklistId, title, details, needs, role, expectMs }) => {
    const checklist = checklistOf(context, incidentId, checklistId);
    const known = new Set(checklist.steps.map((step) => step.id));
    const unknown = needs.filter((need) => !known.has(need));
    if (unknown.length > 0) throw new HoldfastFailure('invalid_input', `This checklist has no step ${unknown.join(', ')} for the new step to need.`);
    const stepId = `added-${context.newId()}`;
    // A new step can only need existing ones, so it cannot close a cycle; checked anyway, as the parser does.
    if (findCycles([...checklist.steps.map((step) => ({ ...step, line: 0 })), { id: stepId, needs, line: 0 }]).length > 0) {
      throw new HoldfastFailure('invalid_input', 'Those needs would make the steps wait on each other in a circle.');
    }
    context.record('checklist.step_added', {
      incidentId,
      checklistId,
      step: { stepId, title, details, needs: [...new Set(needs)], role, expectMs, links: [], phase: 'Added during the incident' },
    });
    return context.projection.checklist(checklistId)!;
  },

  setStepStatus: (context, { incidentId, checklistId, stepId, status, reason, override }) => {
    const step = stepOf(context, incidentId, checklistId, stepId);
    if (step.status === status) throw new HoldfastFailure('conflict', `The step is already ${STEP_STATUS_LABEL[status].toLocaleLowerCase('en')}.`);
    if ((status === 'blocked' || status === 'skipped') && reason === '') {
      throw new HoldfastFailure('invalid_input', `Say why the step is ${status}: it is recorded for everyone and for the post-mortem.`);
    }
    const checklist = context.projection.checklist(checklistId)!;
    const waitingOn = step.needs.filter((need) => {
      const other = checklist.steps.find((candidate) => candidate.id === need);
      return other !== undefined && other.id !== step.id && !finished(other);
    });
    const startsOrFinishes = status === 'in_progress' || status === 'done';
    const overriding = startsOrFinishes && waitingOn.length > 0 && step.status !== 'in_progress';
    if (overriding && !override) {
      const names = waitingOn.map((need) => checklist.steps.find((candidate) => candidate.id === need)!.title).join('; ');
      throw new HoldfastFailure('conflict', `This step is waiting on: ${names}. To ${status === 'done' ? 'finish' : 'start'} it anyway, override with a reason.`);
    }
    if (overriding && reason === '') throw new HoldfastFailure('invalid_input', 'Say why this step goes ahead before its needs are done: the override is recorded.');
    context.record('step.status_changed', { incidentId, checklistId, stepId, status, reason, override: overriding });
    return context.projection.checklist(checklistId)!;
  },

  assignStep: (context, { incidentId, checklistId, stepId, person, personId }) => {
    const step = stepOf(context, incidentId, checklistId, stepId);
    if ((step.assignee ?? '').toLocaleLowerCase('en') === (person ?? '').toLocaleLowerCase('en')) {
      throw new HoldfastFailure('conflict', person === null ? 'Nobody has this step.' : `${step.assignee} already has this step.`);
    }
    if (personId !== null && !context.projection.person(personId)) {
      throw new HoldfastFailure('not_found', 'That person is not on the roster (any more); pick them again or type their name.');
    }
    context.record('step.assigned', { incidentId, checklistId, stepId, person, personId: person === null ? null : personId });
    return context.projection.checklist(checklistId)!;
  },

  noteStep: (context, { incidentId, checklistId, stepId, text }) => {
    stepOf(context, incidentId, checklistId, stepId);
    context.record('step.noted', { incidentId, checklistId, stepId, text });
    return context.projection.checklist(checklistId)!;
  },

  markStepChecked: (context, { incidentId, checklistId, stepId, checked }) => {
    const step = stepOf(context, incidentId, checklistId, stepId);
    if (step.checkedByHand === checked) throw new HoldfastFailure('conflict', checked ? 'The step is already marked as checked by hand.' : 'The step is not marked as checked by hand.');
    context.record('step.checked_by_hand', { incidentId, checklistId, stepId, checked });
    return context.projection.checklist(checklistId)!;
  },
};
