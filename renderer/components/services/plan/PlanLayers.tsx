import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { HIGHLIGHT_MARK, highlightRole, type Highlight } from './highlight.js';
import type { DrawnLayer } from './layerRows.js';
import { planState, stateInSentence, stateWord } from './planWords.js';
import { movedFocus } from './rovingFocus.js';

/**
 * The plan drawn as layers, first to start at the top: each with its
 * progress in a bar and in words, and its services as small buttons. At
 * 150 services no edge is drawn; choosing a service marks, in words and
 * colour, what it waits on and what waits on it.
 */
export function PlanLayers({
  layers,
  highlight,
  critical,
  now,
  onChoose,
}: {
  readonly layers: readonly DrawnLayer[];
  readonly highlight: Highlight | null;
  readonly critical: ReadonlySet<string>;
  readonly now: number;
  readonly onChoose: (serviceId: string | null) => void;
}) {
  const id = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const [focused, setFocused] = useState<string | null>(null);
  const grid = layers.map((layer) => layer.services.map((service) => service.id));
  const all = grid.flat();
  // The tab stop stays on the service last reached, or the chosen one, while it is drawn.
  const tabStop = focused !== null && all.includes(focused) ? focused : highlight !== null && all.includes(highlight.selected) ? highlight.selected : (all[0] ?? null);

  function keys(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && highlight !== null) {
      event.preventDefault();
      onChoose(null);
      return;
    }
    if (tabStop === null) return;
    const next = movedFocus(grid, tabStop, event.key);
    if (next === null) return;
    event.preventDefault();
    setFocused(next);
    buttons.current.get(next)?.focus();
  }

  return (
    <div className="plan-layers" role="group" aria-label="Restart layers" aria-describedby={`${id}-keys`} onKeyDown={keys}>
      <p id={`${id}-keys`} className="plan-legend">
        <span>◆ on the critical path.</span> <span>Choose a service to see what it waits on and what waits on it.</span>{' '}
        <span className="plan-quiet">Arrow keys move between services; Escape lets go.</span>
      </p>
      {layers.map((layer) => (
        <section key={layer.index} className="plan-layer" aria-labelledby={`${id}-layer-${layer.index}`}>
          <div className="plan-layer-head">
            <h4 id={`${id}-layer-${layer.index}`}>{layer.title}</h4>
            <span className="plan-layer-bar" aria-hidden="true">
              <span className="plan-layer-bar-fill" style={{ width: `${(layer.verifiedUp / layer.services.length) * 100}%` }} />
            </span>
            <span className="plan-layer-progress">{layer.progress}</span>
          </div>
          <ul className="plan-layer-services">
            {layer.services.map((service) => (
              <li key={service.id}>
                <LayerService
                  service={service}
                  now={now}
                  critical={critical.has(service.id)}
                  highlight={highlight}
                  tabStop={service.id === tabStop}
                  register={(button) => buttons.current.set(service.id, button)}
                  onFocus={() => setFocused(service.id)}
                  onChoose={() => onChoose(highlight?.selected === service.id ? null : service.id)}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function LayerService({
  service,
  now,
  critical,
  highlight,
  tabStop,
  register,
  onFocus,
  onChoose,
}: {
  readonly service: ServiceView;
  readonly now: number;
  readonly critical: boolean;
  readonly highlight: Highlight | null;
  readonly tabStop: boolean;
  readonly register: (button: HTMLButtonElement | null) => void;
  readonly onFocus: () => void;
  readonly onChoose: () => void;
}) {
  const state = planState(service, now);
  const role = highlightRole(highlight, service.id);
  const mark = role === null || role === 'selected' ? null : HIGHLIGHT_MARK[role];
  const name = [service.name, stateInSentence(state), critical ? 'on the critical path' : null, mark].filter((part) => part !== null).join(', ');
  return (
    <button
      ref={register}
      type="button"
      className={`plan-service state-${state}${role === null ? '' : ` highlight-${role}`}${highlight !== null && role === null ? ' dimmed' : ''}`}
      aria-pressed={role === 'selected'}
      aria-label={name}
      tabIndex={tabStop ? 0 : -1}
      onFocus={onFocus}
      onClick={onChoose}
    >
      <span className="plan-service-name">
        {critical && <span aria-hidden="true">◆ </span>}
        {service.name}
      </span>
      <span className="plan-service-state" aria-hidden="true">
        {stateWord(state)}
        {mark !== null && <span className="plan-service-mark"> · {mark}</span>}
      </span>
    </button>
  );
}
