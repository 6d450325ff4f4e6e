import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { apiParams } from '../../../shared/api.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy, refusedValue } from '../refusal.js';
import { useSubmission } from './useSubmission.js';

/** A peer by host:port, for networks where discovery does not reach; the host remembers it. */
export function AddPeerForm() {
  const actions = useActions();
  const id = useId();
  const [address, setAddress] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(
      () => actions.addPeer(address),
      () => setAddress(''),
      () => field.current?.focus(),
    );
  }

  return (
    <form onSubmit={add} noValidate className="add-peer">
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={`${id}-address`}>Peer address (host:port)</label>
          <input
            ref={field}
            id={`${id}-address`}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            placeholder="192.168.1.20:4781"
            aria-invalid={(refusal !== null && refusedValue(refusal, apiParams.addPeer.shape.address, address)) || undefined}
            aria-describedby={describedBy(refusal !== null && errorId)}
          />
        </div>
        <button type="submit" aria-busy={pending}>
          Add peer
        </button>
      </div>
      <FormAlert id={errorId} message={refusal?.message ?? null} />
    </form>
  );
}
