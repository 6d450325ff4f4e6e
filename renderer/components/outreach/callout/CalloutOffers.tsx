import { useState } from 'react';
import type { CalloutEscalation } from '../../../../shared/outreach/escalation.js';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';

/** People not reached in time, and the next in their chain with a button to put them on the list. */
export function CalloutOffers({ incidentId, escalations }: { readonly incidentId: string; readonly escalations: readonly CalloutEscalation[] }) {
  const actions = useActions();
  const [refusal, setRefusal] = useState<string | null>(null);
  if (escalations.length === 0) return null;
  const add = async ({ next }: CalloutEscalation) => {
    if (!next) return;
    const result = await actions.addCallees({
      incidentId,
      callees: [{ personId: next.personId, partnerId: next.partnerId, name: next.name, why: next.why, chain: next.chain, rank: next.rank, phone: next.phone, email: next.email }],
      reason: 'the one before was not reached in time',
    });
    setRefusal(result.ok || result.error.code === 'queued' ? null : result.error.message);
  };
  return (
    <section className="callout-offers" aria-labelledby="callout-offers-heading">
      <h3 id="callout-offers-heading">Not reached in time</h3>
      <ul>
        {escalations.map((escalation) => (
          <li key={escalation.waiting.key}>
            <span>⚠ {escalation.sentence}</span>
            {escalation.next && (
              <button type="button" onClick={() => void add(escalation)}>
                Add {escalation.next.name} to the call-out
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormAlert message={refusal} />
    </section>
  );
}
