import { calloutEscalations } from '../../../../shared/outreach/escalation.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useNow } from '../../../time/useNow.js';
import './callout.css';

/** A flag on every laptop with the incident open: people on the call-out not reached in time, and whom to call next. */
export function CalloutEscalationFlag({ incident }: { readonly incident: IncidentView }) {
  const callout = useHoldfast((state) => selectOutreach(state, incident.id).callout);
  const now = useNow();
  const escalations = calloutEscalations(callout, now);
  if (escalations.length === 0) return null;
  return (
    <section className="outreach-flag callout-flag" aria-label="Call-out: not reached in time">
      <strong>Call-out:</strong>
      <ul>
        {escalations.map((escalation) => (
          <li key={escalation.waiting.key}>{escalation.sentence}</li>
        ))}
      </ul>
    </section>
  );
}
