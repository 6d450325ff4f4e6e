import { useState } from 'react';
import type { CalloutPlanView } from '../../../../shared/outreach/callout-plan.js';
import { spokenDuration } from '../../../../shared/outreach/escalation.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

/**
 * Who the call-out file says to call for the incident's severity, before
 * anyone is called: the first of each chain with why, and one button. Once
 * the list exists it offers only the people a raised severity adds.
 */
export function CalloutStart({ incident, plan, listed }: { readonly incident: IncidentView; readonly plan: CalloutPlanView; readonly listed: ReadonlySet<string> }) {
  const actions = useActions();
  const [refusal, setRefusal] = useState<string | null>(null);
  const planned = plan.severities.find((candidate) => candidate.severity === incident.severity);
  if (!planned || planned.first.length === 0) {
    if (listed.size > 0) return null;
    if (planned) return <p className="callout-none">Nobody the call-out file names for {incident.severity} is on the roster or the partner list yet: the problems below say which names to fix.</p>;
    return <p className="callout-none">The call-out file names nobody to call for {incident.severity}: write a {incident.severity} section in runbooks/outreach/call-out.yaml to call people when one is declared.</p>;
  }
  const fresh = planned.first.filter((callee) => !listed.has(callee.key));
  if (fresh.length === 0) return null;
  const more = listed.size > 0;
  const label = more ? `Call the ${incident.severity} people not yet called (${people(fresh.length)})` : `Start the call-out (${incident.severity}: ${people(fresh.length)})`;
  const start = async () => {
    const result = await actions.startCallout({ incidentId: incident.id });
    setRefusal(result.ok || result.error.code === 'queued' ? null : result.error.message);
  };
  return (
    <section className="callout-start" aria-labelledby="callout-start-heading">
      <h3 id="callout-start-heading">{more ? `Raised to ${incident.severity}: more to call` : `Who to call for ${incident.severity}`}</h3>
      <p className="hint">
        The first of each chain is called now; if they are not reached within {spokenDuration(planned.escalateAfterMs)}, the next in the chain is offered.
      </p>
      <ul className="callout-preview" aria-label="Who the call-out will call">
        {fresh.map((callee) => (
          <li key={callee.key}>
            <strong>{callee.name}</strong> <span className="callee-why">{callee.why}</span>
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={() => void start()}>
        {label}
      </button>
      <FormAlert message={refusal} />
    </section>
  );
}
