import type { FormEvent } from 'react';
import type { RoleView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { draftKey, useDraft } from '../forms/useDraft.js';
import { useForm } from '../forms/useForm.js';
import { RosterPersonField, useRosterPick } from '../people/RosterPersonField.js';

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
  const scope = draftKey(incidentId, 'role', role.id, 'assign');
  const form = useForm('person', scope);
  const handOver = role.holder !== null;
  const person = useRosterPick();
  const [reason, setReason] = useDraft(draftKey(scope, 'reason'));

  function assign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(() => actions.assignRole({ incidentId, roleId: role.id, person: person.typed, personId: person.linked?.id ?? null, reason }), onClose, undefined, onClose);
  }

  const title = `${handOver ? 'Hand over' : 'Assign'} ${role.name}`;
  return (
    <form className="role-form" onSubmit={assign} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={title}>
      {handOver && (
        <p className="role-form-intro">
          From <strong>{role.holder}</strong> to:
        </p>
      )}
      <RosterPersonField
        form={form}
        pick={person}
        linkedNote="Their contacts will show with the role."
        matchesShown={MATCHES_SHOWN}
        onPicked={() => form.focus(handOver ? 'reason' : 'person')}
        autoFocus
      />
      {handOver && (
        <TextField form={form} name="reason" label="Reason for the hand-over" value={reason} onChange={setReason} rows={2} required />
      )}
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit={handOver ? 'Hand over' : 'Assign'} pending={form.pending} onCancel={onClose} />
    </form>
  );
}
