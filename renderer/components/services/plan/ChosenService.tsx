import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { neededBySentence, waitsOnSentence } from './highlight.js';
import { planState, stateWord } from './planWords.js';
import { teamLabel } from './planFilter.js';

/** The chosen service's chains in words, kept in view above the layers while they scroll. */
export function ChosenService({
  service,
  services,
  byId,
  now,
  onLetGo,
}: {
  readonly service: ServiceView;
  readonly services: readonly ServiceView[];
  readonly byId: ReadonlyMap<string, ServiceView>;
  readonly now: number;
  readonly onLetGo: () => void;
}) {
  return (
    <div className="plan-chosen" role="region" aria-label={`What ${service.name} waits on`} aria-live="polite">
      <p className="plan-chosen-title">
        <strong>{service.name}</strong> <span className={`plan-state state-${planState(service, now)}`}>{stateWord(planState(service, now))}</span>{' '}
        <span className="plan-quiet">
          · {teamLabel(service.team)} · tier {service.tier}
        </span>
        <button type="button" className="quiet plan-let-go" aria-label={`Stop showing what ${service.name} waits on`} onClick={onLetGo}>
          Let go
        </button>
      </p>
      <p className="plan-chosen-line">{waitsOnSentence(service, byId, now)}</p>
      <p className="plan-chosen-line">{neededBySentence(service, services, now)}</p>
    </div>
  );
}
