import { useState, type FormEvent } from 'react';
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { SERVICE_STATES, type ServiceState } from '../../../../shared/services/service-state.js';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { TextField } from '../../forms/TextField.js';
import { draftKey, useDraft } from '../../forms/useDraft.js';
import { useForm } from '../../forms/useForm.js';
import { OverrideCheckForm } from './OverrideCheckForm.js';
import { stateLabel } from './serviceStatus.js';

const FOUND_HINT: Readonly<Record<ServiceState, string>> = {
  down: 'It does not answer, or answers wrongly.',
  degraded: 'It answers, but slowly or only in part.',
  restoring: 'Someone is bringing it back now.',
  up: 'It works, checked by hand.',
  unknown: 'It could not be checked.',
};

/**
 * A hand check: what the person found (a radio group), a line of evidence
 * ("curl from bastion: 200 in 80 ms"), Record check. Marking up a service
 * whose dependencies are not verified up is refused by the host with their
 * names; the form then offers the override, which asks why.
 */
export function CheckServiceForm({
  incidentId,
  service,
  waitingOn,
}: {
  readonly incidentId: string;
  readonly service: ServiceView;
  /** Names of its dependencies on the board not verified up now. */
  readonly waitingOn: readonly string[];
}) {
  const actions = useActions();
  const scope = draftKey(incidentId, 'service-check', service.id);
  const form = useForm('state', scope);
  const [found, setFound] = useState<ServiceState | null>(null);
  const [evidence, setEvidence] = useDraft(draftKey(scope, 'evidence'));
  const [said, setSaid] = useState('');
  const [overriding, setOverriding] = useState(false);
  const refusedUp = found === 'up' && form.refusal !== null && form.refusal.code !== 'queued' && (waitingOn.length > 0 || form.refusal.code === 'conflict');

  function recorded(state: ServiceState, queued: boolean) {
    setSaid(queued ? `Your check (${stateLabel(state)}) is kept to send once the link is back.` : `Recorded: ${stateLabel(state)}.`);
    setFound(null);
    setEvidence('');
    setOverriding(false);
  }

  function record(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaid('');
    if (found === null) {
      form.refuse('state', 'Choose what you found: down, degraded, restoring, up or unknown.');
      return;
    }
    const state = found;
    form.submit(
      () => actions.checkService({ incidentId, serviceId: service.id, state, evidence: evidence.trim(), override: false, reason: '' }),
      () => recorded(state, false),
      undefined,
      () => recorded(state, true),
    );
  }

  return (
    <div className="service-check">
      <form className="service-check-form" onSubmit={record} noValidate aria-label={`Check ${service.name}`}>
        <fieldset className="service-found" role="radiogroup" aria-describedby={form.describedBy('state')} aria-invalid={form.invalid('state') || undefined}>
          <legend>What you found</legend>
          {SERVICE_STATES.map((state, index) => (
            <label key={state} className={`found-choice status-${state}`} title={FOUND_HINT[state]}>
              <input
                ref={index === 0 ? form.control('state') : undefined}
                type="radio"
                name={`${form.id}-state`}
                value={state}
                checked={found === state}
                onChange={() => {
                  setFound(state);
                  setOverriding(false);
                  form.clear();
                }}
              />{' '}
              {stateLabel(state)}
            </label>
          ))}
        </fieldset>
        <TextField
          form={form}
          name="evidence"
          label="Evidence (one line)"
          hint="What you saw, for the next person: “curl from the bastion: 200 in 80 ms”."
          value={evidence}
          onChange={setEvidence}
          className="field grow"
        />
        <FormAlert id={form.errorId} message={form.message} />
        {refusedUp && !overriding && (
          <p className="override-offer">
            <button type="button" onClick={() => setOverriding(true)}>
              Override
            </button>{' '}
            <span className="hint">Mark it up anyway, saying why: the reason is kept in its history and the post-mortem.</span>
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" aria-busy={form.pending}>
            Record check
          </button>
        </div>
        <p role="status" className="service-check-said">
          {said}
        </p>
      </form>
      {overriding && (
        <OverrideCheckForm
          incidentId={incidentId}
          service={service}
          evidence={evidence.trim()}
          waitingOn={waitingOn}
          onDone={(queued) => recorded('up', queued)}
          onClose={() => setOverriding(false)}
        />
      )}
    </div>
  );
}
