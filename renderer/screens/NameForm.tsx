import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { apiParams } from '../../shared/api.js';
import { FormAlert } from '../components/FormAlert.js';
import { describedBy, refusedValue } from '../components/refusal.js';
import { useActions } from '../store/context.js';

/** "Who am I": everything written on this laptop carries this name. */
export function NameForm({ currentName, onDone }: { readonly currentName: string | null; readonly onDone: () => void }) {
  const actions = useActions();
  const nameId = useId();
  const [name, setName] = useState(currentName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [nameRefused, setNameRefused] = useState(false);
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await actions.setName(name);
    setSaving(false);
    if (result.ok) {
      onDone();
      return;
    }
    setError(result.error.message);
    setNameRefused(refusedValue(result.error, apiParams.setName.shape.name, name));
    field.current?.focus();
  }

  return (
    <section className="name-form">
      <h1>{currentName === null ? 'Who are you?' : 'Change your name'}</h1>
      <p>Your name goes on everything you write on the timeline, so the room knows who did what.</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={nameId}>Your name</label>
          <input
            ref={field}
            id={nameId}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={nameRefused || undefined}
            aria-describedby={describedBy(error !== null && `${nameId}-error`)}
            autoComplete="name"
            autoFocus
          />
        </div>
        <FormAlert id={`${nameId}-error`} message={error} />
        <div className="form-actions">
          <button type="submit" className="primary" aria-busy={saving}>
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
