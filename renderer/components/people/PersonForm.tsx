import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { apiParams } from '../../../shared/api.js';
import type { PersonView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy, refusedValue } from '../refusal.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { useSubmission } from '../room/useSubmission.js';
import { Field } from './Field.js';
import { useRosterSaved } from './useRosterSaved.js';

type TextField = 'name' | 'team' | 'phone' | 'email' | 'chat' | 'notes';
type Draft = Record<TextField, string> & { onCall: boolean };

const FIELDS = apiParams.savePerson.shape;
const TEXT_FIELDS: readonly TextField[] = ['name', 'team', 'phone', 'email', 'chat', 'notes'];
const BLANK: Draft = { name: '', team: '', phone: '', email: '', chat: '', notes: '', onCall: false };

/**
 * Adding someone to the roster, or changing their record (`person`). The
 * host's refusal shows beside what was typed, the refused field marked and
 * focused; Escape leaves the form as Cancel does.
 */
export function PersonForm({ person, onDone }: { readonly person?: PersonView; readonly onDone: (saved: PersonView | null) => void }) {
  const actions = useActions();
  const rosterSaved = useRosterSaved();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => (person ? pick(person) : BLANK));
  const { submit, pending, refusal } = useSubmission();
  const fieldRefs = useRef<Partial<Record<TextField, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const errorId = `${id}-error`;
  const heading = person ? `Edit ${person.name}` : 'Add a person';

  const refused = (field: TextField) => refusal !== null && refusedValue(refusal, FIELDS[field], draft[field]);
  const set = (field: TextField) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(
      () => actions.savePerson(person ? { ...draft, personId: person.id } : draft),
      (saved) => {
        rosterSaved();
        onDone(saved);
      },
      (error) => {
        // Saving a record as it already was is no mistake: there is just nothing to do.
        if (person && error.code === 'conflict') return onDone(null);
        const field = TEXT_FIELDS.find((candidate) => refusedValue(error, FIELDS[candidate], draft[candidate])) ?? 'name';
        fieldRefs.current[field]?.focus();
      },
    );
  }

  const fieldProps = (field: TextField) => ({
    id: `${id}-${field}`,
    value: draft[field],
    onChange: set(field),
    invalid: refused(field),
    describedBy: describedBy(refused(field) && errorId),
    inputRef: (element: HTMLInputElement | HTMLTextAreaElement | null) => {
      fieldRefs.current[field] = element;
    },
  });

  return (
    <form className="roster-form" onSubmit={save} onKeyDown={closeOnEscape(() => onDone(null))} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div className="roster-form-grid">
        <Field {...fieldProps('name')} label="Name" autoComplete="off" required autoFocus />
        <Field {...fieldProps('team')} label="Team" />
        <Field {...fieldProps('phone')} label="Phone" type="tel" />
        <Field {...fieldProps('email')} label="E-mail" type="email" />
        <Field {...fieldProps('chat')} label="Chat handle" />
      </div>
      <Field {...fieldProps('notes')} label="Notes" rows={2} />
      <div className="checkbox-row">
        <input
          type="checkbox"
          id={`${id}-on-call`}
          checked={draft.onCall}
          onChange={(event) => setDraft((current) => ({ ...current, onCall: event.target.checked }))}
        />
        <label htmlFor={`${id}-on-call`}>On call</label>
      </div>
      <FormAlert id={errorId} message={refusal && !(person && refusal.code === 'conflict') ? refusal.message : null} />
      <SubmitOrCancel submit={person ? 'Save changes' : 'Add to roster'} pending={pending} onCancel={() => onDone(null)} />
    </form>
  );
}

function pick({ name, team, phone, email, chat, notes, onCall }: PersonView): Draft {
  return { name, team, phone, email, chat, notes, onCall };
}
