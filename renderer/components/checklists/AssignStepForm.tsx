import type { FormEvent } from 'react';
import type { StepView } from '../../../shared/projection/checklist-views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { useForm } from '../forms/useForm.js';
import { RosterPersonField, useRosterPick } from '../people/RosterPersonField.js';
import { personNamed } from '../roles/rosterSearch.js';

const MATCHES_SHOWN = 5;

/**
 * Who has the step: me in one press, someone from the roster (found by a
 * part of their name or team), or any name typed; or nobody. A name picked
 * from the roster links the step to that person's contacts.
 */
export function AssignStepForm({
  incidentId,
  checklistId,
  step,
  me,
  onDone,
  onClose,
}: {
  readonly incidentId: string;
  readonly checklistId: string;
  readonly step: StepView;
  readonly me: string | null;
  readonly onDone: () => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const form = useForm('person');
  const person = useRosterPick();
  const mine = me !== null && step.assignee !== null && step.assignee.toLocaleLowerCase('en') === me.toLocaleLowerCase('en');

  function assign(name: string | null, personId: string | null) {
    form.submit(() => actions.assignStep({ incidentId, checklistId, stepId: step.id, person: name, personId }), onDone, undefined, onDone);
  }

  function assignTyped(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (person.typed.trim() === '') return form.focus('person');
    assign(person.typed.trim(), person.linked?.id ?? null);
  }

  return (
    <form
      className="step-form"
      onSubmit={assignTyped}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label={`Assign ${step.title}`}
    >
      <div className="step-form-row">
        {me !== null && !mine && (
          <button type="button" className="primary" onClick={() => assign(me, personNamed(person.people, me)?.id ?? null)} aria-busy={form.pending}>
            Assign to me ({me})
          </button>
        )}
        {step.assignee !== null && (
          <button type="button" onClick={() => assign(null, null)} aria-busy={form.pending}>
            Unassign {step.assignee}
          </button>
        )}
      </div>
      <RosterPersonField form={form} pick={person} matchesShown={MATCHES_SHOWN} onPicked={() => form.focus('person')} autoFocus />
      <FormAlert id={form.errorId} message={form.message} />
      {/* Plain: "Assign to me" above is the one most pressed. */}
      <SubmitOrCancel submit="Assign" tone="plain" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
