import { useState } from 'react';
import type { FormEvent } from 'react';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';

/** A new room: a person names it; the host makes up the secret, long enough not to be guessed. */
export function CreateRoomForm() {
  const actions = useActions();
  const form = useForm('name');
  const [name, setName] = useState('');

  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(
      () => actions.createRoom(name),
      () => setName(''),
    );
  }

  return (
    <section className="room-panel" aria-labelledby={`${form.id}-heading`}>
      <h2 id={`${form.id}-heading`}>Create a room</h2>
      <form onSubmit={create} noValidate>
        <TextField
          form={form}
          name="name"
          label="Name of the new room"
          value={name}
          onChange={setName}
          required
          hint={<>Holdfast makes up the room&apos;s secret; you then share it, or the invite, with the others.</>}
        />
        <FormAlert id={form.errorId} message={form.message} />
        <div className="form-actions">
          <button type="submit" className="primary" aria-busy={form.pending}>
            Create room
          </button>
        </div>
      </form>
    </section>
  );
}
