import { useState } from 'react';
import type { FormEvent } from 'react';
import { FormAlert } from '../components/FormAlert.js';
import { TextField } from '../components/forms/TextField.js';
import { useForm } from '../components/forms/useForm.js';
import { useActions } from '../store/context.js';

/** "Who am I": everything written on this laptop carries this name. */
export function NameForm({ currentName, onDone }: { readonly currentName: string | null; readonly onDone: () => void }) {
  const actions = useActions();
  const form = useForm('name');
  const [name, setName] = useState(currentName ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(() => actions.setName(name), onDone);
  }

  return (
    <section className="name-form">
      <h1>{currentName === null ? 'Who are you?' : 'Change your name'}</h1>
      <p>Your name goes on everything you write on the timeline, so the room knows who did what.</p>
      <form onSubmit={submit} noValidate>
        <TextField form={form} name="name" label="Your name" value={name} onChange={setName} autoComplete="name" autoFocus />
        <FormAlert id={form.errorId} message={form.message} />
        <div className="form-actions">
          <button type="submit" className="primary" aria-busy={form.pending}>
            Continue
          </button>
          {currentName !== null && (
            <button type="button" onClick={onDone}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
