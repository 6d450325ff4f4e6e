import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { StepView } from '../../../shared/projection/checklist-views.js';
import { SERVICE_STATE_LABEL, SERVICE_STATES, type ServiceState } from '../../../shared/services/service-state.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { selectBoard } from '../../store/boards.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { useSubmission } from '../forms/useSubmission.js';
import { listOf, restoreCheckPlan } from './restoreCheck.js';

/**
 * Offered under a step just marked done that restores services: "Record a
 * hand check of Primary database, Checkout?", up chosen, the step as the
 * evidence; a service not on the incident's board is brought onto it first
 * (or left out, as the person chooses). Skip (or Escape) records nothing.
 */
export function RestoreCheckOffer({ incidentId, step, onClose }: { readonly incidentId: string; readonly step: StepView; readonly onClose: () => void }) {
  const id = useId();
  const actions = useActions();
  const board = useHoldfast((state) => selectBoard(state, incidentId));
  const [catalogueNames, setCatalogueNames] = useState<ReadonlyMap<string, string>>(new Map());
  const plan = restoreCheckPlan(step, board, catalogueNames);
  const [found, setFound] = useState<ServiceState>('up');
  const [evidence, setEvidence] = useState(plan.evidence);
  const [bringOnto, setBringOnto] = useState(true);
  const { submit, pending, refusal } = useSubmission();
  const offBoardNames = plan.offBoard.map((serviceId) => plan.names[step.restores.indexOf(serviceId)]!);

  // Names for the services not on the board come from the catalogue, once.
  const needsNames = plan.offBoard.length > 0;
  useEffect(() => {
    if (!needsNames) return;
    let current = true;
    void actions.catalogueForRestores().then((result) => {
      if (current && result.ok) setCatalogueNames(new Map(result.value.services.map((service) => [service.serviceId, service.name])));
    });
    return () => {
      current = false;
    };
  }, [actions, needsNames]);

  const checked = bringOnto ? step.restores : plan.onBoard;
  function record(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checked.length === 0) {
      onClose();
      return;
    }
    void submit(
      () =>
        actions.recordRestoredChecks({
          incidentId,
          serviceIds: checked,
          scopeFirst: bringOnto ? plan.offBoard : [],
          state: found,
          evidence: evidence.trim(),
          reason: `Restored by the step: ${step.title}`.slice(0, 1_000),
        }),
      onClose,
    );
  }

  return (
    <form className="restore-offer" aria-label={`Record a hand check of what ${step.title} restores`} onSubmit={record} onKeyDown={closeOnEscape(onClose)} noValidate>
      <p className="restore-offer-text">
        <strong>Record a hand check of {listOf(plan.names)}?</strong> A service is back when someone has looked.
      </p>
      {plan.offBoard.length > 0 && (
        <label className="restore-offer-scope">
          <input type="checkbox" checked={bringOnto} onChange={(event) => setBringOnto(event.target.checked)} />
          {listOf(offBoardNames)} {plan.offBoard.length === 1 ? 'is' : 'are'} not on this incident’s board: bring {plan.offBoard.length === 1 ? 'it' : 'them'} onto it first
        </label>
      )}
      <div className="restore-offer-fields">
        <label htmlFor={`${id}-state`}>Found</label>
        <select id={`${id}-state`} value={found} onChange={(event) => setFound(event.target.value as ServiceState)} autoFocus>
          {SERVICE_STATES.map((state) => (
            <option key={state} value={state}>
              {SERVICE_STATE_LABEL[state]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-evidence`}>Evidence</label>
        <input id={`${id}-evidence`} type="text" value={evidence} onChange={(event) => setEvidence(event.target.value)} maxLength={1_000} />
      </div>
      <FormAlert message={refusal?.message ?? null} />
      <div className="restore-offer-actions">
        <button type="submit" className="primary" aria-busy={pending}>
          Record the check
        </button>
        <button type="button" className="quiet" aria-label="Skip the hand check" onClick={onClose}>
          Skip
        </button>
      </div>
    </form>
  );
}
