import { useId, useMemo, useState } from 'react';
import type { ServiceBoardView } from '../../../../shared/projection/board-views.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { isVerifiedUp } from '../../../../shared/services/freshness.js';
import { useHoldfast } from '../../../store/context.js';
import { useNow } from '../../../time/useNow.js';
import { ChosenService } from './ChosenService.js';
import { CriticalPath } from './CriticalPath.js';
import { highlightOf } from './highlight.js';
import { matchesFilter, NO_FILTER, teamsOf, tiersOf, type PlanFilter } from './planFilter.js';
import { drawnLayers } from './layerRows.js';
import { restartPlan } from '../../../../shared/services/restart-plan.js';
import { PlanFilters } from './PlanFilters.js';
import { PlanLayers } from './PlanLayers.js';
import { ReadyToStart } from './ReadyToStart.js';
import { readyTeamOffers } from './readyTeams.js';
import { WaitingList } from './WaitingList.js';
import './restart-plan.css';

/**
 * The restart plan: the chain that decides how long recovery takes, what
 * can start now and who to call for it, every service in dependency layers,
 * and what the rest wait on. Judged again as checks arrive and as the clock
 * turns a check stale.
 */
export function RestartPlan({ incident, board }: { readonly incident: IncidentView; readonly board: ServiceBoardView }) {
  const id = useId();
  const now = useNow();
  const people = useHoldfast((state) => state.people);
  const [filter, setFilter] = useState<PlanFilter>(NO_FILTER);
  const [chosen, setChosen] = useState<string | null>(null);
  const plan = useMemo(() => restartPlan(board, now), [board, now]);
  const byId = useMemo(() => new Map(board.services.map((service) => [service.id, service] as const)), [board]);
  if (board.services.length === 0) return null;

  const chosenService = chosen === null ? undefined : byId.get(chosen);
  const highlight = chosenService === undefined ? null : highlightOf(board.services, chosenService.id);
  const verifiedUp = board.services.filter((service) => isVerifiedUp(service, now)).length;
  const waiting = plan.waiting.filter((each) => {
    const service = byId.get(each.serviceId);
    return service !== undefined && matchesFilter(service, filter);
  });
  const topTier = Math.min(...board.services.map((service) => service.tier));

  return (
    <section className="restart-plan" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Restart plan</h2>
      <p className="plan-summary">
        {verifiedUp} of {board.services.length} verified up · {plan.ready.length} ready to start · {plan.waiting.length} waiting
      </p>
      <PlanFilters filter={filter} onChange={setFilter} teams={teamsOf(board)} tiers={tiersOf(board)} />
      <CriticalPath plan={plan} byId={byId} topTier={topTier} now={now} />
      <ReadyToStart incidentId={incident.id} offers={readyTeamOffers(plan, byId, people, filter)} count={plan.ready.length} now={now} />
      <section className="plan-part" aria-labelledby={`${id}-layers`}>
        <h3 id={`${id}-layers`}>Layers</h3>
        {chosenService !== undefined && (
          <ChosenService service={chosenService} services={board.services} byId={byId} now={now} onLetGo={() => setChosen(null)} />
        )}
        <PlanLayers layers={drawnLayers(plan, byId, filter, now)} highlight={highlight} critical={new Set(plan.criticalPath)} now={now} onChoose={setChosen} />
      </section>
      <WaitingList waiting={waiting} byId={byId} now={now} />
    </section>
  );
}
