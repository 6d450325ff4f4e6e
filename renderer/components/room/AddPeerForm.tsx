import { useState } from 'react';
import type { FormEvent } from 'react';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';

/** A peer by host:port, for networks where discovery does not reach; the host remembers it. */
export function AddPeerForm() {
  const actions = useActions();
  const form = useForm('address');
  const [address, setAddress] = useState('');

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(
      () => actions.addPeer(address),
      () => setAddress(''),
    );
  }

  return (
    <form onSubmit={add} noValidate className="add-peer">
      <div className="field-row">
        <TextField
          form={form}
          name="address"
          className="field grow"
          label="Peer address (host:port)"
          value={address}
          onChange={setAddress}
          spellCheck={false}
          placeholder="192.168.1.20:4781"
        />
        <button type="submit" aria-busy={form.pending}>
          Add peer
        </button>
      </div>
      <FormAlert id={form.errorId} message={form.message} />
    </form>
  );
}
