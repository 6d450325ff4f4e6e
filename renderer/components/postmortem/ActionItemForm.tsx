import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { apiParams } from '../../../shared/api.js';
import { ACTION_KINDS, ACTION_KIND_LABEL, type ActionKind } from '../../../shared/postmortem/review.js';
import type { ActionItemView } from '../../../shared/projection/postmortem-views.js';
import type { PersonView } from '../../../shared/projection/views.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { describedBy, refusedValue } from '../refusal.js';
import { personNamed } from '../roles/rosterSearch.js';
import { useSubmission } from '../room/useSubmission.js';
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
  const id = useId();
  const actions = useActions();
  const people = useHoldfast((state) => state.people) ?? NO_PEOPLE;
  const [what, setWhat] = useState(action?.what ?? '');
  const [owner, setOwner] = useState(action?.owner ?? '');
  const [due, setDue] = useState(action?.due ?? '');
  const [kind, setKind] = useState<ActionKind>(action?.kind ?? 'prevent');
  const whatField = useRef<HTMLInputElement>(null);
  const ownerField = useRef<HTMLInputElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;
  const linked = personNamed(people, owner);
  const whatRefused = refusal !== null && refusedValue(refusal, apiParams.saveActionItem.shape.what, what);
  const ownerRefused = refusal !== null && !whatRefused && refusedValue(refusal, apiParams.saveActionItem.shape.owner, owner);
  const title = action === null ? 'Add an action item' : `Change the action item: ${action.what}`;

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(
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
      (error) => {
        const onOwner = !refusedValue(error, apiParams.saveActionItem.shape.what, what) && refusedValue(error, apiParams.saveActionItem.shape.owner, owner);
        (onOwner ? ownerField : whatField).current?.focus();
      },
    );
  }

  return (
    <form className="action-item-form" onSubmit={save} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={title}>
      <div className="field">
        <label htmlFor={`${id}-what`}>What will be done</label>
        <input
          ref={whatField}
          id={`${id}-what`}
          value={what}
          onChange={(event) => setWhat(event.target.value)}
          aria-required="true"
          aria-invalid={whatRefused || undefined}
          aria-describedby={describedBy(whatRefused && errorId)}
          autoComplete="off"
          autoFocus
        />
      </div>
      <div className="action-item-fields">
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <input
            ref={ownerField}
            id={`${id}-owner`}
            value={owner}
            list={`${id}-roster`}
            onChange={(event) => setOwner(event.target.value)}
            aria-required="true"
            aria-invalid={ownerRefused || undefined}
            aria-describedby={describedBy(ownerRefused && errorId, `${id}-owner-hint`)}
            autoComplete="off"
          />
          <datalist id={`${id}-roster`}>
            {people.map((person) => (
              <option key={person.id} value={person.name}>
                {person.team}
              </option>
            ))}
          </datalist>
          <p id={`${id}-owner-hint`} className="hint">
            {linked === null ? 'From the roster, or any name typed.' : `On the roster: ${linked.name}${linked.team === '' ? '' : ` (${linked.team})`}.`}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due date</label>
          <input id={`${id}-due`} type="date" value={due} onChange={(event) => setDue(event.target.value)} />
        </div>
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
      <FormAlert id={errorId} message={refusal?.message ?? null} />
      <SubmitOrCancel submit={action === null ? 'Add action item' : 'Save action item'} pending={pending} onCancel={onClose} />
    </form>
  );
}
