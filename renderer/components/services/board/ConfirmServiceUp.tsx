import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { useActions, useHoldfast } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { useSubmission } from '../../forms/useSubmission.js';

/**
 * Four eyes: a service that needs a second person is up only once someone
 * else, on another laptop, confirms it. The one who marked it is told to
 * find someone; anyone else is offered "Confirm up", and the host's refusal
 * (the same laptop, say) is shown as it says it.
 */
export function ConfirmServiceUp({ incidentId, service }: { readonly incidentId: string; readonly service: ServiceView }) {
  const actions = useActions();
  const me = useHoldfast((state) => state.session?.name ?? null);
  const { submit, pending, refusal } = useSubmission();
  const confirmation = service.confirmation;
  if (confirmation === null || confirmation.confirmedBy !== null) return null;
  const mine = confirmation.requestedBy === me;
  return (
    <div className="service-confirm" role="group" aria-label="Second person">
      <p>
        {mine
          ? `You marked it up. It counts as up once a second person, on another laptop, checks it and confirms.`
          : `${confirmation.requestedBy} marked it up. It counts as up once a second person, on another laptop, confirms it.`}
      </p>
      {!mine && (
        <button type="button" className="primary" aria-busy={pending} onClick={() => void submit(() => actions.confirmService({ incidentId, serviceId: service.id }), () => undefined)}>
          Confirm up
        </button>
      )}
      <FormAlert message={refusal === null || refusal.code === 'queued' ? null : refusal.message} />
      {refusal?.code === 'queued' && <p role="status">Your confirmation is kept to send once the link is back.</p>}
    </div>
  );
}
