import type { FormEvent } from 'react';
import type { RoleView } from '../../../../shared/projection/views.js';
import { FormAlert } from '../../FormAlert.js';
import { closeOnEscape } from '../../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../../forms/SubmitOrCancel.js';
import { useForm } from '../../forms/useForm.js';
import { BriefComposer } from './BriefComposer.js';
import { useBriefComposer } from './useBriefComposer.js';

/**
 * Going off shift with nobody named yet: the brief is written for whoever
 * takes the role next, and waits for them. The role stays held until it is
 * handed over or stepped down from.
 */
export function GoingOffShiftForm({ incidentId, role, onClose }: { readonly incidentId: string; readonly role: RoleView; readonly onClose: () => void }) {
  const form = useForm('sections');
  const composer = useBriefComposer(incidentId, role.id, true);

  function write(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(() => composer.write(null), onClose);
  }

  return (
    <form className="role-form" onSubmit={write} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={`Going off shift from ${role.name}`}>
      <p className="role-form-intro">A brief for whoever takes {role.name} next. The role stays yours until you hand it over or step down.</p>
      <BriefComposer composer={composer} to="whoever takes it next" />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit="Write the brief" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
