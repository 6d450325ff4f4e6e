import type { RoleView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { RequiredReasonForm } from '../forms/RequiredReasonForm.js';
import { draftKey } from '../forms/useDraft.js';

/**
 * Leaving a role with nobody to take it: asked with a reason, because a key
 * role falling vacant is flagged on every laptop and people will ask why.
 */
export function StepDownForm({ incidentId, role, onClose }: { readonly incidentId: string; readonly role: RoleView; readonly onClose: () => void }) {
  const actions = useActions();
  const holder = role.holder ?? 'The holder';
  return (
    <RequiredReasonForm
      className="role-form"
      label={`Step down from ${role.name}`}
      intro={
        <p className="role-form-intro">
          {holder} leaves the role and it stays vacant until someone is assigned.
          {role.key && ' A vacant key role is flagged on every laptop.'}
        </p>
      }
      reasonLabel="Reason for stepping down"
      missingMessage={`Say why ${holder} steps down from ${role.name}: it is recorded.`}
      submit="Step down"
      send={(why) => actions.vacateRole({ incidentId, roleId: role.id, reason: why })}
      onDone={onClose}
      draftScope={draftKey(incidentId, 'role', role.id, 'step-down')}
      onClose={onClose}
    />
  );
}
