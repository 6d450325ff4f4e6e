import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { nextStepFor } from '../../../shared/checklists/next-step.js';
import type { NextStep } from '../../../shared/checklists/next-step.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { personNamed } from '../roles/rosterSearch.js';
import { useSubmission } from '../forms/useSubmission.js';
import { useChecklistWork } from './ChecklistWork.js';
import { heldRoleIds, roleName } from './stepRoles.js';

const sameName = (a: string | null, b: string) => a !== null && a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

/**
 * Next for you, offered as a step is finished, so nobody waits to be told:
 * the next ready step already theirs, else one of a role they hold, else
 * one free for anyone. "Take it" (or T) assigns it to them and starts it;
 * Escape dismisses. Read live, so a step someone else takes meanwhile is
 * not offered. Taking it links them to their roster entry when their name
 * is on it, as assigning to oneself does.
 */
export function NextStepOffer({ onDismiss }: { readonly onDismiss: () => void }) {
  const work = useChecklistWork();
  const actions = useActions();
  const people = useHoldfast((state) => state.people);
  const { submit, pending } = useSubmission();
  // Why taking a step failed, said only while that step is the one offered (someone else may have taken it meanwhile).
  const [failed, setFailed] = useState<{ readonly stepId: string; readonly message: string } | null>(null);
  const me = work.me;
  if (me === null) return null;
  const held = heldRoleIds(work.incident.roles, me);
  const next = nextStepFor(work.checklists, me, held);

  function take(offered: NextStep) {
    const { checklistId, step } = offered;
    const incidentId = work.incident.id;
    void submit(
      async () => {
        if (!sameName(step.assignee, me!)) {
          const assigned = await actions.assignStep({ incidentId, checklistId, stepId: step.id, person: me!, personId: personNamed(people ?? [], me!)?.id ?? null });
          if (!assigned.ok) return assigned;
        }
        return actions.setStepStatus({ incidentId, checklistId, stepId: step.id, status: 'in_progress' });
      },
      () => {
        work.dismissOffer();
        work.requestFocus(checklistId, step.id);
      },
      (error) => setFailed({ stepId: step.id, message: error.message }),
    );
  }

  function keys(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDismiss();
    } else if ((event.key === 't' || event.key === 'T') && next !== null && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      take(next);
    }
  }

  const why =
    next === null
      ? ''
      : next.because === 'assigned'
        ? 'assigned to you'
        : next.because === 'role'
          ? `for your role, ${roleName(work.incident.roles, next.step.role!)}`
          : 'free for anyone';
  return (
    <div className="next-offer" role="region" aria-label="Next for you" onKeyDown={keys}>
      {next === null ? (
        <p className="next-offer-text">
          Nothing is ready for you right now: the steps left wait on others, or belong to roles you do not hold.
        </p>
      ) : (
        <p className="next-offer-text">
          <strong>Next for you:</strong> {next.step.title} <span className="next-offer-why">({why}{work.checklists.length > 1 ? `, in ${next.checklistTitle}` : ''})</span>
        </p>
      )}
      <div className="next-offer-actions">
        {next !== null && (
          <button type="button" className="primary" aria-label={`Take it: ${next.step.title}`} aria-keyshortcuts="T" aria-busy={pending} onClick={() => take(next)} autoFocus>
            Take it <kbd aria-hidden="true">T</kbd>
          </button>
        )}
        <button type="button" className="quiet" aria-label="Dismiss the next step" onClick={onDismiss} autoFocus={next === null}>
          Dismiss
        </button>
      </div>
      <FormAlert message={failed !== null && failed.stepId === next?.step.id ? failed.message : null} />
    </div>
  );
}
