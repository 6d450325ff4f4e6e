import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PersonView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';
import { useRosterSaved } from './useRosterSaved.js';

type TextFieldName = 'name' | 'team' | 'phone' | 'email' | 'chat' | 'notes';
type Draft = Record<TextFieldName, string> & { onCall: boolean };

const BLANK: Draft = { name: '', team: '', phone: '', email: '', chat: '', notes: '', onCall: false };

/**
 * Adding someone to the roster, or changing their record (`person`). The
 * host's refusal shows beside what was typed, the refused field marked and
 * focused; Escape leaves the form as Cancel does.
 */
export function PersonForm({ person, onDone }: { readonly person?: PersonView; readonly onDone: (saved: PersonView | null) => void }) {
  const actions = useActions();
  const rosterSaved = useRosterSaved();
  const form = useForm('name');
  const [draft, setDraft] = useState<Draft>(() => (person ? pick(person) : BLANK));
  const heading = person ? `Edit ${person.name}` : 'Add a person';
  // Saving a record as it already was is no mistake: there is just nothing to do.
  const unchanged = (code: string) => person !== undefined && code === 'conflict';

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(
      // Every number and address a contact card brought is kept: the form edits only the first of each.
      () => actions.savePerson(person ? { ...draft, phones: [...person.phones], emails: [...person.emails], personId: person.id } : draft),
      (saved) => {
        rosterSaved();
        onDone(saved);
      },
      (error) => {
        if (unchanged(error.code)) onDone(null);
      },
    );
  }

  const field = (name: TextFieldName) => ({ form, name, value: draft[name], onChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })), spellCheck: false });

  return (
    <form className="roster-form" onSubmit={save} onKeyDown={closeOnEscape(() => onDone(null))} noValidate aria-labelledby={`${form.id}-heading`}>
      <h2 id={`${form.id}-heading`}>{heading}</h2>
      <div className="roster-form-grid">
        <TextField {...field('name')} label="Name" required autoFocus />
        <TextField {...field('team')} label="Team" />
        <TextField {...field('phone')} label="Phone" type="tel" />
        <TextField {...field('email')} label="E-mail" type="email" />
        <TextField {...field('chat')} label="Chat handle" />
      </div>
      <TextField {...field('notes')} label="Notes" rows={2} />
      <div className="checkbox-row">
        <input
          type="checkbox"
          id={`${form.id}-on-call`}
          checked={draft.onCall}
          onChange={(event) => setDraft((current) => ({ ...current, onCall: event.target.checked }))}
        />
        <label htmlFor={`${form.id}-on-call`}>On call</label>
      </div>
      <FormAlert id={form.errorId} message={form.refusal && unchanged(form.refusal.code) ? null : form.message} />
      <SubmitOrCancel submit={person ? 'Save changes' : 'Add to roster'} pending={form.pending} onCancel={() => onDone(null)} />
    </form>
  );
}

function pick({ name, team, phone, email, chat, notes, onCall }: PersonView): Draft {
  return { name, team, phone, email, chat, notes, onCall };
}
