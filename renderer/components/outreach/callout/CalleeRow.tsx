import { useState } from 'react';
import type { CalleeView } from '../../../../shared/projection/outreach-views.js';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { useNow } from '../../../time/useNow.js';
import { calleeTimes, CALLEE_STATE_LABEL, STEP_BUTTONS } from './calloutWords.js';

/** One person to call: why, how to reach them, how far calling got, and a button per next step. */
export function CalleeRow({ incidentId, callee }: { readonly incidentId: string; readonly callee: CalleeView }) {
  const actions = useActions();
  const now = useNow();
  const [refusal, setRefusal] = useState<string | null>(null);
  const record = async (state: (typeof STEP_BUTTONS)[number]['state']) => {
    const result = await actions.progressCallout({ incidentId, calleeKey: callee.key, state });
    setRefusal(result.ok || result.error.code === 'queued' ? null : result.error.message);
  };
  return (
    <li className={`callee callee-${callee.state.replace(' ', '-')}`} aria-label={callee.name}>
      <div className="callee-who">
        <strong>{callee.name}</strong>
        {callee.why && <span className="callee-why"> {callee.why}</span>}
        {callee.rank > 0 && <span className="callee-rank"> (next in line {callee.rank})</span>}
      </div>
      <div className="callee-reach">
        {callee.phone ? <a href={`tel:${callee.phone.replace(/[^+\d]/g, '')}`}>{callee.phone}</a> : <span className="callee-missing">no phone on the roster</span>}
        {callee.email && <a href={`mailto:${callee.email}`}>{callee.email}</a>}
      </div>
      <div className="callee-state">
        <span className="callee-state-word">{CALLEE_STATE_LABEL[callee.state]}</span>
        <span className="callee-times">{calleeTimes(callee, now)}</span>
      </div>
      <div className="callee-steps" role="group" aria-label={`Record a call to ${callee.name}`}>
        {STEP_BUTTONS.map((step) => (
          <button key={step.state} type="button" aria-pressed={callee.state === step.state} onClick={() => void record(step.state)}>
            {step.label}
          </button>
        ))}
      </div>
      <FormAlert message={refusal} />
    </li>
  );
}
