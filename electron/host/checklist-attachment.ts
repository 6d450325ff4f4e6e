/**
 * A runbook attached to an incident: its steps copied into the log as a new
 * checklist (so the checklist stays as it was attached, whatever later
 * happens to the file), and the roles its steps name added to the incident.
 */
import path from 'node:path';
import type { EventPayload } from '../../shared/events.js';
import type { ChecklistView } from '../../shared/projection/checklist-views.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { Runbook } from '../../shared/runbooks/runbook.js';
import { LIMITS } from '../../shared/limits.js';
import { loadRoleCards } from '../roles/role-cards.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';

type StepSpec = EventPayload<'checklist.attached'>['steps'][number];

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
    confirm: step.confirm,
    restores: step.restores.slice(0, 50),
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
