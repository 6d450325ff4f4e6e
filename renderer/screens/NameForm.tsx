import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { FormAlert } from '../components/FormAlert.js';
import { useActions } from '../store/context.js';

/** "Who am I": everything written on this laptop carries this name. */
export function NameForm({ currentName, onDone }: { readonly currentName: string | null; readonly onDone: () => void }) {
  const actions = useActions();
  const nameId = useId();
  const [name, setName] = useState(currentName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await actions.setName(name);
    setSaving(false);
    if (result.ok) onDone();
    else setError(result.error.message);
  }

  return (
    <section className="name-form">
      <h1>{currentName === null ? 'Who are you?' : 'Change your name'}</h1>
      <p>Your name goes on everything you write on the timeline, so the room knows who did what.</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={nameId}>Your name</label>
          <input
            id={nameId}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="name"
            autoFocus
          />
        </div>
        <FormAlert message={error} />
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
