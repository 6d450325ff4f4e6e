import { useId } from 'react';
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import type { RestartPlanView } from '../../../../shared/services/restart-plan-view.js';
import { criticalPathTime, planDuration, planState, stateWord } from './planWords.js';

/**
 * The longest chain still to bring back before a top-tier service is up:
 * however many hands there are, recovery takes at least that long. Its
 * services carry the ◆ mark in the layers below.
 */
export function CriticalPath({ plan, byId, topTier, now }: { readonly plan: RestartPlanView; readonly byId: ReadonlyMap<string, ServiceView>; readonly topTier: number; readonly now: number }) {
  const id = useId();
  const chain = plan.criticalPath.flatMap((serviceId) => byId.get(serviceId) ?? []);
  return (
    <section className="plan-part plan-critical" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>◆ Critical path to tier {topTier}</h3>
      {chain.length > 0 && (
        <ol className="critical-chain" aria-label="Services on the critical path, first to last">
          {chain.map((service) => (
            <li key={service.id} className="critical-link">
              <span className={`critical-service state-${planState(service, now)}`}>
                <span className="critical-name">{service.name}</span>{' '}
                <span className="critical-facts">
                  {stateWord(planState(service, now))} · {service.restartMs === null ? 'no estimate' : planDuration(service.restartMs)}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="critical-time">{criticalPathTime(plan.criticalPathMs, chain.length, plan.unestimated.length)}</p>
    </section>
  );
}
