import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { useActions } from '../../../store/context.js';
import { RequiredReasonForm } from '../../forms/RequiredReasonForm.js';
import { draftKey } from '../../forms/useDraft.js';

/** Taking a service off the board (brought in by mistake): asked why; its checks stay in the log. */
export function UnscopeServiceForm({
  incidentId,
  service,
  onDone,
  onClose,
}: {
  readonly incidentId: string;
  readonly service: ServiceView;
  readonly onDone: () => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  return (
    <RequiredReasonForm
      className="service-unscope-form"
      label={`Take ${service.name} off the board`}
      intro={<p className="step-form-intro">It leaves the board on every laptop in the room. Its checks so far stay in the incident’s record.</p>}
      reasonLabel="Why it is not part of this incident"
      missingMessage="Say why it comes off the board: the reason is recorded."
      submit="Take off the board"
      send={(reason) => actions.unscopeService({ incidentId, serviceId: service.id, reason })}
      onDone={onDone}
      onClose={onClose}
      draftScope={draftKey(incidentId, 'service-unscope', service.id)}
    />
  );
}
