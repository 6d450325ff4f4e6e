/**
 * Steps as the projection hands them to the screen, for the checklist
 * panel's tests: a shipped runbook's steps, or a few written by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StepView } from '../../../../shared/projection/checklist-views.js';
import { dependencyOrder } from '../../../../shared/runbooks/dependency-order.js';
import { parseRunbook } from '../../../../shared/runbooks/parse-runbook.js';

export function step(fields: Partial<StepView> & Pick<StepView, 'id'>): StepView {
  return {
    title: fields.id,
    details: '',
    needs: [],
    role: null,
    expectMs: null,
    links: [],
    phase: null,
    added: false,
    confirm: 'one',
    restores: [],
    status: 'todo',
    confirmation: null,
    reason: '',
    waiting: false,
    waitingOn: [],
    assignee: null,
    assigneePersonId: null,
    checkedByHand: false,
    notes: [],
    startedAt: null,
    finishedAt: null,
    history: [],
    ...fields,
  };
}

/** A shipped runbook's steps, freshly attached: in dependency order, those with needs waiting. */
export function shippedSteps(runbookId: string): StepView[] {
  const file = path.resolve(import.meta.dirname, '../../../../runbooks', `${runbookId}.md`);
  const parsed = parseRunbook(fs.readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${runbookId} does not parse`);
  return dependencyOrder(parsed.runbook.steps).map((written) =>
    step({
      id: written.id,
      title: written.title,
      needs: written.needs,
      role: written.role,
      expectMs: written.expectMs,
      confirm: written.confirm,
      restores: written.restores,
      phase: written.phase,
      waiting: written.needs.length > 0,
      waitingOn: written.needs,
    }),
  );
}
