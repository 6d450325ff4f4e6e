import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { roomNameSchema, roomSecretSchema } from '../../../shared/room/invite.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy, refusedValue } from '../refusal.js';
import { useSubmission } from './useSubmission.js';

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
  const id = useId();
  const [invite, setInvite] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;

  function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(
      () => actions.joinRoom({ invite }),
      () => setInvite(''),
      () => field.current?.focus(),
    );
  }

  return (
    <form onSubmit={join} noValidate className="join-form">
      <div className="field">
        <label htmlFor={`${id}-invite`}>Invite code</label>
        <textarea
          ref={field}
          id={`${id}-invite`}
          value={invite}
          onChange={(event) => setInvite(event.target.value)}
          rows={2}
          spellCheck={false}
          autoComplete="off"
          placeholder="HOLDFAST1.…"
          // The invite is the form's only field: whatever the host refused, it is about it.
          aria-invalid={refusal?.code === 'invalid_input' || undefined}
          aria-describedby={describedBy(refusal !== null && errorId)}
        />
      </div>
      <FormAlert id={errorId} message={refusal?.message ?? null} />
      <div className="form-actions">
        <button type="submit" className="primary" aria-busy={pending}>
          Join with invite code
        </button>
      </div>
    </form>
  );
}

function JoinByNameAndSecret() {
  const actions = useActions();
  const id = useId();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const nameField = useRef<HTMLInputElement>(null);
  const secretField = useRef<HTMLInputElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;
  const nameRefused = refusal !== null && refusedValue(refusal, roomNameSchema, name);
  const secretRefused = refusal !== null && refusedValue(refusal, roomSecretSchema, secret);

  function join(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(
      () => actions.joinRoom({ name, secret }),
      () => {
        setName('');
        setSecret('');
      },
      (error) => {
        const secretOnly = refusedValue(error, roomSecretSchema, secret) && !refusedValue(error, roomNameSchema, name);
        (secretOnly ? secretField : nameField).current?.focus();
      },
    );
  }

  return (
    <form onSubmit={join} noValidate className="join-form" aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="label">
        Or type the room&apos;s name and secret:
      </p>
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={`${id}-name`}>Room name</label>
          <input
            ref={nameField}
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="off"
            aria-invalid={nameRefused || undefined}
            aria-describedby={describedBy(refusal !== null && errorId)}
          />
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-secret`}>Room secret</label>
          <input
            ref={secretField}
            id={`${id}-secret`}
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={secretRefused || undefined}
            aria-describedby={describedBy(`${id}-secret-hint`, secretRefused && errorId)}
          />
          <p id={`${id}-secret-hint`} className="hint">
            Dashes and spaces do not matter, nor do capitals.
          </p>
        </div>
      </div>
      <FormAlert id={errorId} message={refusal?.message ?? null} />
      <div className="form-actions">
        <button type="submit" className="primary" aria-busy={pending}>
          Join with name and secret
        </button>
      </div>
    </form>
  );
}
