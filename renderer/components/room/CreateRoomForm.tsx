import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { apiParams } from '../../../shared/api.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy, refusedValue } from '../refusal.js';
import { useSubmission } from './useSubmission.js';

/** A new room: a person names it; the host makes up the secret, long enough not to be guessed. */
export function CreateRoomForm() {
  const actions = useActions();
  const id = useId();
  const [name, setName] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;

  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(
      () => actions.createRoom(name),
      () => setName(''),
      () => field.current?.focus(),
    );
  }

  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Create a room</h2>
      <form onSubmit={create} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name of the new room</label>
          <input
            ref={field}
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="off"
            aria-required="true"
            aria-invalid={(refusal !== null && refusedValue(refusal, apiParams.createRoom.shape.name, name)) || undefined}
            aria-describedby={describedBy(`${id}-hint`, refusal !== null && errorId)}
          />
          <p id={`${id}-hint`} className="hint">
            Holdfast makes up the room&apos;s secret; you then share it, or the invite, with the others.
          </p>
        </div>
        <FormAlert id={errorId} message={refusal?.message ?? null} />
        <div className="form-actions">
          <button type="submit" className="primary" aria-busy={pending}>
            Create room
          </button>
        </div>
      </form>
    </section>
  );
}
