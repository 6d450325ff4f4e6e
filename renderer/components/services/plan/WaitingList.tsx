import { useId, useState } from 'react';
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import type { WaitingServiceView } from '../../../../shared/services/restart-plan-view.js';
import { planState, stateInSentence, stateWord } from './planWords.js';

/** A short list opens by itself; a long one is one click away, so the layers stay close to what is ready. */
const OPEN_UP_TO = 12;

/** Every service that cannot start yet, with what it still waits on. */
export function WaitingList({ waiting, byId, now }: { readonly waiting: readonly WaitingServiceView[]; readonly byId: ReadonlyMap<string, ServiceView>; readonly now: number }) {
  const id = useId();
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? waiting.length <= OPEN_UP_TO;
  return (
    <section className="plan-part plan-waiting" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Waiting ({waiting.length})</h3>
      {waiting.length === 0 ? (
        <p className="plan-quiet">Nothing waits: every service left can start now.</p>
      ) : (
        <details open={shown} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{shown ? 'What each waits on' : `Show what each of the ${waiting.length} waits on`}</summary>
          <ul className="waiting-services">
            {waiting.map((each) => {
              const service = byId.get(each.serviceId);
              if (service === undefined) return null;
              const state = planState(service, now);
              return (
                <li key={each.serviceId}>
                  <strong>{service.name}</strong> <span className={`plan-state state-${state}`}>{stateWord(state)}</span>
                  <span className="waiting-on">
                    {' '}
                    waits on{' '}
                    {each.waitingOn
                      .flatMap((dependencyId) => byId.get(dependencyId) ?? [])
                      .map((dependency) => `${dependency.name} (${stateInSentence(planState(dependency, now))})`)
                      .join(', ')}
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
