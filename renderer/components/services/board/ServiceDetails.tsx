import { useState } from 'react';
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { hrefFor } from '../../../navigation/route.js';
import { formatClockWithDay } from '../../../time/format.js';
import { CheckServiceForm } from './CheckServiceForm.js';
import { ConfirmServiceUp } from './ConfirmServiceUp.js';
import { DependencyStates } from './DependencyStates.js';
import { ServiceHistory } from './ServiceHistory.js';
import { STATUS_SYMBOL, statusKind } from './serviceStatus.js';
import { checkedAgo, statusSentence } from './serviceWords.js';
import { TeamContacts } from './TeamContacts.js';
import { UnscopeServiceForm } from './UnscopeServiceForm.js';
import { notVerifiedUp } from '../../../../shared/services/not-verified-up.js';

/**
 * One service opened from the board: what it is now and since when, how to
 * check it by hand, the form to record a check (and a second person's
 * confirmation), what it depends on, whom to call, and every check so far.
 */
export function ServiceDetails({
  incidentId,
  service,
  board,
  now,
  onOpen,
  onUnscoped,
}: {
  readonly incidentId: string;
  readonly service: ServiceView;
  readonly board: readonly ServiceView[];
  readonly now: number;
  readonly onOpen: (serviceId: string) => void;
  readonly onUnscoped: () => void;
}) {
  const [unscoping, setUnscoping] = useState(false);
  const kind = statusKind(service, now);
  const check = service.lastCheck;
  const waitingOn = notVerifiedUp(service, board, now).map((one) => one.name);
  return (
    <div className="service-details">
      <p className={`service-status status-${kind}`}>
        <span aria-hidden="true">{STATUS_SYMBOL[kind]}</span> {statusSentence(service, kind)}
        {check !== null && (
          <span className="service-status-when">
            {' '}
            — {checkedAgo(service, now)} by {check.by}, at {formatClockWithDay(check.at, now)}
          </span>
        )}
      </p>
      <dl className="service-facts">
        <div>
          <dt>Team</dt>
          <dd>{service.team === '' ? 'None named' : service.team}</dd>
        </div>
        <div>
          <dt>Tier</dt>
          <dd>{service.tier}</dd>
        </div>
        <div>
          <dt>A check holds for</dt>
          <dd>{Math.round(service.freshnessMs / 60_000)} min</dd>
        </div>
        {service.confirm === 'two' && (
          <div>
            <dt>Four eyes</dt>
            <dd>Up only once a second person confirms</dd>
          </div>
        )}
      </dl>
      <section className="service-section" aria-label="How to check it by hand">
        <h3>How to check it by hand</h3>
        <p>{service.check === '' ? 'The catalogue gives no hand check for it: say in the evidence how you checked.' : service.check}</p>
        {service.checkStep !== null && (
          <p>
            <a href={hrefFor({ screen: 'runbook', runbookId: service.checkStep.runbookId })}>The runbook step that says how to check it</a>
          </p>
        )}
      </section>
      <ConfirmServiceUp incidentId={incidentId} service={service} />
      <section className="service-section" aria-label="Record a check">
        <h3>Record a check</h3>
        <CheckServiceForm key={service.id} incidentId={incidentId} service={service} waitingOn={waitingOn} />
      </section>
      <section className="service-section" aria-label="Depends on">
        <h3>Depends on</h3>
        <DependencyStates service={service} board={board} now={now} onOpen={onOpen} />
      </section>
      <section className="service-section" aria-label="Whom to call">
        <h3>Whom to call{service.team === '' ? '' : `: ${service.team}`}</h3>
        <TeamContacts team={service.team} />
      </section>
      <section className="service-section" aria-label="Checks so far">
        <h3>Checks so far</h3>
        <ServiceHistory service={service} />
      </section>
      <div className="service-unscope">
        {unscoping ? (
          <UnscopeServiceForm incidentId={incidentId} service={service} onDone={onUnscoped} onClose={() => setUnscoping(false)} />
        ) : (
          <button type="button" onClick={() => setUnscoping(true)}>
            Take off the board
          </button>
        )}
      </div>
    </div>
  );
}
