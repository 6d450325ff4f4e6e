import { useId } from 'react';
import type { FormEvent } from 'react';
import type { RoleView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy } from '../refusal.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { ReasonField } from '../forms/ReasonField.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { useRequiredReason } from '../forms/useRequiredReason.js';

/**
 * Leaving a role with nobody to take it: asked with a reason, because a key
 * role falling vacant is flagged on every laptop and people will ask why.
 */
export function StepDownForm({ incidentId, role, onClose }: { readonly incidentId: string; readonly role: RoleView; readonly onClose: () => void }) {
  const actions = useActions();
  const id = useId();
  const holder = role.holder ?? 'The holder';
  const { reason, setReason, field, pending, message, send } = useRequiredReason(`Say why ${holder} steps down from ${role.name}: it is recorded.`);
  const errorId = `${id}-error`;

  function stepDown(event: FormEvent<HTMLFormElement>) {
    send(event, (why) => actions.vacateRole({ incidentId, roleId: role.id, reason: why }), onClose);
  }

  return (
    <form
      className="role-form"
      onSubmit={stepDown}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label={`Step down from ${role.name}`}
    >
      <p className="role-form-intro">
        {holder} leaves the role and it stays vacant until someone is assigned.
        {role.key && ' A vacant key role is flagged on every laptop.'}
      </p>
      <ReasonField
        id={`${id}-reason`}
        label="Reason for stepping down"
        value={reason}
        onChange={setReason}
        fieldRef={field}
        invalid={message !== null}
        describedBy={describedBy(message !== null && errorId)}
        autoFocus
      />
      <FormAlert id={errorId} message={message} />
      <SubmitOrCancel submit="Step down" tone="danger" pending={pending} onCancel={onClose} />
    </form>
  );
}
