import { useState } from 'react';
import type { FormEvent } from 'react';
import { ACTION_KINDS, ACTION_KIND_LABEL, type ActionKind } from '../../../shared/postmortem/review.js';
import type { ActionItemView } from '../../../shared/projection/postmortem-views.js';
import type { PersonView } from '../../../shared/projection/views.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { Field } from '../forms/Field.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';
import { personNamed } from '../roles/rosterSearch.js';
import { ACTION_KIND_MEANING } from './actionItemWords.js';

const NO_PEOPLE: readonly PersonView[] = [];

/**
 * Adds an action item, or changes one: what will be done, who owns it (from
 * the roster, which links them, or any name typed), by when, and whether it
 * prevents, detects or mitigates a recurrence.
 */
export function ActionItemForm({
  incidentId,
  action,
  onDone,
  onClose,
}: {
  readonly incidentId: string;
  /** The item to change; null adds one. */
  readonly action: ActionItemView | null;
  readonly onDone: () => void;
  readonly onClose: () => void;
}) {
  const form = useForm('what');
  const id = form.id;
  const actions = useActions();
  const people = useHoldfast((state) => state.people) ?? NO_PEOPLE;
  const [what, setWhat] = useState(action?.what ?? '');
  const [owner, setOwner] = useState(action?.owner ?? '');
  const [due, setDue] = useState(action?.due ?? '');
  const [kind, setKind] = useState<ActionKind>(action?.kind ?? 'prevent');
  const linked = personNamed(people, owner);
  const title = action === null ? 'Add an action item' : `Change the action item: ${action.what}`;

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(
      () =>
        actions.saveActionItem({
          incidentId,
          ...(action === null ? {} : { actionId: action.id }),
          what,
          owner,
          ownerPersonId: linked?.id ?? null,
          due: due === '' ? null : due,
          kind,
        }),
      onDone,
      undefined,
      onDone,
    );
  }

  return (
    <form className="action-item-form" onSubmit={save} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={title}>
      <TextField form={form} name="what" label="What will be done" value={what} onChange={setWhat} required autoFocus />
      <div className="action-item-fields">
        <TextField
          form={form}
          name="owner"
          label="Owner"
          value={owner}
          onChange={setOwner}
          list={`${id}-roster`}
          required
          hint={linked === null ? 'From the roster, or any name typed.' : `On the roster: ${linked.name}${linked.team === '' ? '' : ` (${linked.team})`}.`}
        />
        <datalist id={`${id}-roster`}>
          {people.map((person) => (
            <option key={person.id} value={person.name}>
              {person.team}
            </option>
          ))}
        </datalist>
        <Field form={form} name="due" label="Due date">
          {(control) => <input {...control} type="date" value={due} onChange={(event) => setDue(event.target.value)} />}
        </Field>
      </div>
      <fieldset className="action-kind-choice">
        <legend>Kind</legend>
        {ACTION_KINDS.map((each) => (
          <div key={each} className="action-kind-option">
            <input
              type="radio"
              id={`${id}-${each}`}
              name={`${id}-kind`}
              value={each}
              checked={kind === each}
              onChange={() => setKind(each)}
              aria-describedby={`${id}-${each}-meaning`}
            />
            <label htmlFor={`${id}-${each}`}>{ACTION_KIND_LABEL[each]}</label>
            <span id={`${id}-${each}-meaning`} className="hint">
              {ACTION_KIND_MEANING[each]}
            </span>
          </div>
        ))}
      </fieldset>
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit={action === null ? 'Add action item' : 'Save action item'} pending={form.pending} onCancel={onClose} />
    </form>
  );
}
