import { useId, useState, type FormEvent } from 'react';
import { useActions, useHoldfast } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { useSubmission } from '../../forms/useSubmission.js';

const SOMEONE_ELSE = '';

/**
 * Someone the file does not name, put on the call-out by hand: a person on
 * the roster (called at the roster's numbers), or anyone else with a phone
 * number or an e-mail address typed in.
 */
export function AddCalleeForm({ incidentId, listed }: { readonly incidentId: string; readonly listed: ReadonlySet<string> }) {
  const actions = useActions();
  const id = useId();
  const people = useHoldfast((state) => state.people) ?? [];
  const [personId, setPersonId] = useState(SOMEONE_ELSE);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [why, setWhy] = useState('');
  const { submit, pending, refusal } = useSubmission();
  const choosable = people.filter((person) => !listed.has(`person:${person.id}`));
  const chosen = choosable.find((person) => person.id === personId);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const callee = chosen ? { personId: chosen.id, name: chosen.name, why } : { name: name.trim(), phone, email, why };
    void submit(
      () => actions.addCallees({ incidentId, callees: [callee], reason: 'added by hand' }),
      () => {
        setPersonId(SOMEONE_ELSE);
        setName('');
        setPhone('');
        setEmail('');
        setWhy('');
      },
    );
  };
  return (
    <form className="callout-add" aria-labelledby={`${id}-heading`} onSubmit={add}>
      <h3 id={`${id}-heading`}>Add someone by hand</h3>
      <div className="callout-add-fields">
        <div className="field">
          <label htmlFor={`${id}-person`}>Who</label>
          <select id={`${id}-person`} value={personId} onChange={(event) => setPersonId(event.target.value)}>
            <option value={SOMEONE_ELSE}>Not on the roster</option>
            {choosable.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.team ? ` (${person.team})` : ''}
              </option>
            ))}
          </select>
        </div>
        {!chosen && (
          <>
            <div className="field">
              <label htmlFor={`${id}-name`}>Name</label>
              <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} required autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor={`${id}-phone`}>Phone</label>
              <input id={`${id}-phone`} type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor={`${id}-email`}>E-mail</label>
              <input id={`${id}-email`} type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={`${id}-why`}>Why (optional)</label>
          <input id={`${id}-why`} value={why} onChange={(event) => setWhy(event.target.value)} autoComplete="off" />
        </div>
      </div>
      <button type="submit" aria-busy={pending}>
        Add to the call-out
      </button>
      <FormAlert message={refusal?.message ?? null} />
    </form>
  );
}
