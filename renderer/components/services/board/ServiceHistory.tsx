import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { Moment } from '../../roles/Moment.js';
import { stateLabel } from './serviceStatus.js';

/**
 * Every hand check of a service, newest first, each with who, when, what
 * they saw, and the reason when it was marked up over a dependency not yet
 * verified up. Two laptops checking at once both show, in the order every
 * laptop agrees on.
 */
export function ServiceHistory({ service }: { readonly service: ServiceView }) {
  if (service.history.length === 0) return <p className="service-history-empty">Nobody has checked it yet.</p>;
  const confirmation = service.confirmation;
  return (
    <ol className="service-history" aria-label={`Checks of ${service.name}`}>
      {[...service.history].reverse().map((check) => (
        <li key={check.stamp} className={check.override ? 'override' : undefined}>
          <Moment at={check.at} /> <span className={`history-state status-${check.state}`}>{stateLabel(check.state)}</span>{' '}
          <span className="recorded-by">by {check.by}</span>
          {check.evidence !== '' && <span className="history-evidence">: {check.evidence}</span>}
          {check.override && <span className="history-override"> Override: marked up before what it depends on was verified up, because {check.reason}</span>}
          {confirmation !== null && confirmation.stamp === check.stamp && (
            <span className="history-confirmation">
              {confirmation.confirmedBy === null ? ' Waiting for a second person to confirm.' : ` Confirmed by ${confirmation.confirmedBy}.`}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
