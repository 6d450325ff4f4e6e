import type { FormEvent } from 'react';
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { closeOnEscape } from '../../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../../forms/SubmitOrCancel.js';
import { TextField } from '../../forms/TextField.js';
import { draftKey } from '../../forms/useDraft.js';
import { useRequiredReason } from '../../forms/useRequiredReason.js';

/**
 * Marking a service up before what it depends on is verified up, as a
 * checklist step's override: asked why before anything is sent, and said
 * to be recorded with the person's name.
 */
export function OverrideCheckForm({
  incidentId,
  service,
  evidence,
  waitingOn,
  onDone,
  onClose,
}: {
  readonly incidentId: string;
  readonly service: ServiceView;
  readonly evidence: string;
  readonly waitingOn: readonly string[];
  /** `queued`: the outbox keeps it to send. */
  readonly onDone: (queued: boolean) => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const { form, reason, setReason, send } = useRequiredReason(
    'Say why it is up before what it depends on: the override is recorded.',
    draftKey(incidentId, 'service-check', service.id, 'override'),
  );
  let queued = false;

  function record(event: FormEvent<HTMLFormElement>) {
    send(
      event,
      (why) =>
        actions.checkService({ incidentId, serviceId: service.id, state: 'up', evidence, override: true, reason: why }).then((result) => {
          queued = !result.ok && result.error.code === 'queued';
          return result;
        }),
      () => onDone(queued),
    );
  }

  return (
    <form className="service-override-form" onSubmit={record} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={`Override: mark ${service.name} up`}>
      <p className="step-form-intro">
        {waitingOn.length === 0 ? 'Something it depends on is not verified up.' : `Not verified up yet: ${waitingOn.join(', ')}.`} Marking it up anyway is
        recorded with your name and reason, in its history and the post-mortem.
      </p>
      <TextField form={form} name="reason" label="Why it is up anyway" value={reason} onChange={setReason} required autoFocus hint="Enter records it." />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit="Mark up anyway" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
