import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';

/** Joining someone's room: paste their invite, or type the room's name and secret as read aloud. */
export function JoinRoomForms() {
  const id = useId();
  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Join a room</h2>
      <JoinByInvite />
      <JoinByNameAndSecret />
    </section>
  );
}

function JoinByInvite() {
  const actions = useActions();
  const form = useForm('invite');
  const [invite, setInvite] = useState('');

  function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(
      () => actions.joinRoom({ invite }),
      () => setInvite(''),
    );
  }

  return (
    <form onSubmit={join} noValidate className="join-form">
      <TextField form={form} name="invite" label="Invite code" value={invite} onChange={setInvite} rows={2} spellCheck={false} placeholder="HOLDFAST1.…" />
      <FormAlert id={form.errorId} message={form.message} />
      <div className="form-actions">
        <button type="submit" className="primary" aria-busy={form.pending}>
          Join with invite code
        </button>
      </div>
    </form>
  );
}

function JoinByNameAndSecret() {
  const actions = useActions();
  const form = useForm('name');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');

  function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(
      () => actions.joinRoom({ name, secret }),
      () => {
        setName('');
        setSecret('');
      },
    );
  }

  return (
    <form onSubmit={join} noValidate className="join-form" aria-labelledby={`${form.id}-legend`}>
      <p id={`${form.id}-legend`} className="label">
        Or type the room&apos;s name and secret:
      </p>
      <div className="field-row">
        <TextField form={form} name="name" className="field grow" label="Room name" value={name} onChange={setName} />
        <TextField
          form={form}
          name="secret"
          className="field grow"
          label="Room secret"
          value={secret}
          onChange={setSecret}
          spellCheck={false}
          hint="Dashes and spaces do not matter, nor do capitals."
        />
      </div>
      <FormAlert id={form.errorId} message={form.message} />
      <div className="form-actions">
        <button type="submit" className="primary" aria-busy={form.pending}>
          Join with name and secret
        </button>
      </div>
    </form>
  );
}
