import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { IMPACT_NOT_YET_KNOWN } from '../../../shared/updates/fill.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { useFocusAfterClose } from '../forms/useFocusAfterClose.js';
import { useForm } from '../forms/useForm.js';

/**
 * The impact as customers are told it: what the customers' templates and
 * the status page write, apart from the internal summary (which may name
 * systems, suspects and people). Shown where updates are written, and
 * rewritten there as what customers see changes.
 */
export function PublicImpact({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  const actions = useActions();
  const form = useForm('publicImpact');
  const [draft, setDraft] = useState<string | null>(null);
  const edit = useFocusAfterClose<HTMLButtonElement>();
  const written = incident.publicImpact.trim();

  function close() {
    setDraft(null);
    form.clear();
    edit.focusWhenBack();
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft === null) return;
    if (draft.trim() === incident.publicImpact.trim()) return close();
    form.submit(() => actions.setPublicImpact({ incidentId: incident.id, publicImpact: draft.trim() }), close);
  }

  if (draft !== null) {
    return (
      <form className="public-impact" onSubmit={save} onKeyDown={closeOnEscape(close)} noValidate aria-label="Public impact">
        <TextField
          form={form}
          name="publicImpact"
          label="Public impact"
          hint="What customers are told: written into customer updates and the status page. The impact summary stays internal."
          value={draft}
          onChange={setDraft}
          rows={2}
          autoFocus
        />
        <FormAlert id={form.errorId} message={form.message} />
        <SubmitOrCancel submit="Save the public impact" pending={form.pending} onCancel={close} />
      </form>
    );
  }

  return (
    <div className="public-impact" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="public-impact-label">
        Public impact
      </span>
      <p className={written === '' ? 'public-impact-text unwritten' : 'public-impact-text'}>
        {written === '' ? `Not written yet: customers read “${IMPACT_NOT_YET_KNOWN}”` : written}
      </p>
      <button ref={edit.target} type="button" className="quiet" aria-label="Edit the public impact" onClick={() => setDraft(incident.publicImpact)}>
        Edit
      </button>
    </div>
  );
}
