import { useState, type FormEvent } from 'react';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { TextField } from '../../forms/TextField.js';
import { useForm } from '../../forms/useForm.js';

/** An audience for this incident beyond the four built in: a regulator, the board. */
export function AddAudienceForm({ incidentId }: { readonly incidentId: string }) {
  const actions = useActions();
  const form = useForm('name');
  const [name, setName] = useState('');
  const [said, setSaid] = useState('');

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaid('');
    if (name.trim() === '') {
      form.refuse('name', 'Name the audience: who they are, like “Regulator” or “Board”.');
      return;
    }
    const added = name.trim();
    form.submit(
      () => actions.addAudience({ incidentId, name: added }),
      () => {
        setName('');
        setSaid(`Added the audience ${added}.`);
      },
      undefined,
      () => setName(''),
    );
  }

  return (
    <form className="recipient-add" aria-label="Add audience" onSubmit={add} noValidate>
      <TextField form={form} name="name" label="New audience" hint="Someone to keep informed in this incident only, like a regulator." value={name} onChange={setName} />
      <button type="submit" aria-busy={form.pending}>
        Add audience
      </button>
      <FormAlert id={form.errorId} message={form.message} />
      <p role="status" className="hint">
        {said}
      </p>
    </form>
  );
}
