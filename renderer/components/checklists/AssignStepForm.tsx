import { useState } from 'react';
import type { FormEvent } from 'react';
import type { StepView } from '../../../shared/projection/checklist-views.js';
import type { PersonView } from '../../../shared/projection/views.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';
import { personNamed, searchRoster } from '../roles/rosterSearch.js';

const NO_PEOPLE: readonly PersonView[] = [];
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
  const people = useHoldfast((state) => state.people) ?? NO_PEOPLE;
  const form = useForm('person');
  const [typed, setTyped] = useState('');
  const [picked, setPicked] = useState<PersonView | null>(null);

  const stillPicked = picked !== null && picked.name === typed ? picked : null;
  const linked = stillPicked ?? personNamed(people, typed);
  const matches = typed.trim() === '' ? [] : searchRoster(people, typed, MATCHES_SHOWN);
  const mine = me !== null && step.assignee !== null && step.assignee.toLocaleLowerCase('en') === me.toLocaleLowerCase('en');

  function assign(person: string | null, personId: string | null) {
    form.submit(() => actions.assignStep({ incidentId, checklistId, stepId: step.id, person, personId }), onDone);
  }

  function assignTyped(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (typed.trim() === '') return form.focus('person');
    assign(typed.trim(), linked?.id ?? null);
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
          <button type="button" className="primary" onClick={() => assign(me, personNamed(people, me)?.id ?? null)} aria-busy={form.pending}>
            Assign to me ({me})
          </button>
        )}
        {step.assignee !== null && (
          <button type="button" onClick={() => assign(null, null)} aria-busy={form.pending}>
            Unassign {step.assignee}
          </button>
        )}
      </div>
      <TextField
        form={form}
        name="person"
        label="Person"
        value={typed}
        onChange={setTyped}
        spellCheck={false}
        hint={
          linked
            ? `On the roster: ${linked.name}${linked.team ? ` (${linked.team})` : ''}.`
            : typed.trim() === ''
              ? 'Type to search the roster, or type any name.'
              : 'Not on the roster: the name is recorded as typed.'
        }
        autoFocus
      />
      {matches.length > 0 && (
        <ul className="step-roster-matches" aria-label="Matching on the roster">
          {matches.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="quiet"
                aria-pressed={linked?.id === person.id}
                onClick={() => {
                  setPicked(person);
                  setTyped(person.name);
                  form.focus('person');
                }}
              >
                {person.name}
                {person.team !== '' && <span className="person-meta"> {person.team}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormAlert id={form.errorId} message={form.message} />
      {/* Plain: "Assign to me" above is the one most pressed. */}
      <SubmitOrCancel submit="Assign" tone="plain" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
