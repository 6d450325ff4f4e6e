import { useState } from 'react';
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { useSubmission } from '../../forms/useSubmission.js';

/**
 * Records a hand check saying the service is being brought back, so the
 * room sees someone has it. A write kept for later (no connection) is
 * shown by the outbox, not here.
 */
export function StartRestoring({ incidentId, service }: { readonly incidentId: string; readonly service: ServiceView }) {
  const actions = useActions();
  const { submit, pending } = useSubmission();
  const [failed, setFailed] = useState<string | null>(null);
  function start() {
    setFailed(null);
    void submit(
      () => actions.checkService({ incidentId, serviceId: service.id, state: 'restoring', evidence: 'Restoring started from the restart plan.', override: false, reason: '' }),
      () => setFailed(null),
      (error) => setFailed(error.code === 'queued' ? null : error.message),
    );
  }
  return (
    <>
      <button type="button" className="plan-start" aria-label={`Start restoring ${service.name}`} aria-busy={pending} onClick={start}>
        Start restoring
      </button>
      <FormAlert message={failed} />
    </>
  );
}
