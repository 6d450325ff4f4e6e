import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PersonView, RoleView } from '../../../shared/projection/views.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';
import { personNamed, searchRoster } from './rosterSearch.js';

const NO_PEOPLE: readonly PersonView[] = [];
const MATCHES_SHOWN = 6;

/**
 * Assigning a vacant role, or handing a held one over. The person is typed
 * (any name will do: the roster may not have them) or picked from the
 * roster, which links the holder to their contacts. A hand-over asks why:
 * the room and the post-mortem will want to know, and the host refuses one
 * without a reason.
 */
export function AssignRoleForm({
  incidentId,
  role,
  onClose,
}: {
  readonly incidentId: string;
  readonly role: RoleView;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const people = useHoldfast((state) => state.people) ?? NO_PEOPLE;
  const form = useForm('person');
  const id = form.id;
  const handOver = role.holder !== null;
  const [typed, setTyped] = useState('');
  const [picked, setPicked] = useState<PersonView | null>(null);
  const [reason, setReason] = useState('');

  // A pick holds while its name stands in the field and they are still on the roster; else the exact name links.
  const stillPicked = picked !== null && picked.name === typed && people.some((person) => person.id === picked.id) ? picked : null;
  const linked = stillPicked ?? personNamed(people, typed);
  const matches = searchRoster(people, typed, MATCHES_SHOWN);

  function assign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(() => actions.assignRole({ incidentId, roleId: role.id, person: typed, personId: linked?.id ?? null, reason }), onClose);
  }

  function pick(person: PersonView) {
    setPicked(person);
    setTyped(person.name);
    form.focus(handOver ? 'reason' : 'person');
  }

  const title = `${handOver ? 'Hand over' : 'Assign'} ${role.name}`;
  return (
    <form className="role-form" onSubmit={assign} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={title}>
      {handOver && (
        <p className="role-form-intro">
          From <strong>{role.holder}</strong> to:
        </p>
      )}
      <TextField
        form={form}
        name="person"
        label="Person"
        value={typed}
        onChange={setTyped}
        spellCheck={false}
        hint={
          linked
            ? `On the roster: ${linked.name}${linked.team ? ` (${linked.team})` : ''}. Their contacts will show with the role.`
            : typed.trim() === ''
              ? people.length === 0
                ? 'Type their name. (Nobody is on the roster yet: add people on the People screen.)'
                : 'Type to search the roster, or type any name.'
              : 'Not on the roster: the name is recorded as typed.'
        }
        autoFocus
      />
      {matches.length > 0 && (
        <div className="roster-matches">
          <p id={`${id}-matches`} className="label">
            {typed.trim() === '' ? 'From the roster, on call first' : 'Matching on the roster'}
          </p>
          <ul aria-labelledby={`${id}-matches`}>
            {matches.map((person) => (
              <li key={person.id}>
                <button type="button" className="quiet" aria-pressed={linked?.id === person.id} onClick={() => pick(person)}>
                  {person.name}
                  {(person.team !== '' || person.onCall) && (
                    <span className="person-meta">
                      {[person.team, person.onCall ? 'on call' : ''].filter((part) => part !== '').join(', ')}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {handOver && (
        <TextField form={form} name="reason" label="Reason for the hand-over" value={reason} onChange={setReason} rows={2} required />
      )}
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit={handOver ? 'Hand over' : 'Assign'} pending={form.pending} onCancel={onClose} />
    </form>
  );
}
