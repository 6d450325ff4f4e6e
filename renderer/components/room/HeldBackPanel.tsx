import { useId } from 'react';
import { LIMITS } from '../../../shared/limits.js';
import type { HeldBackView } from '../../../shared/room/views.js';
import { useActions } from '../../store/context.js';
import { formatClock, formatFullTime } from '../../time/format.js';
import { formatClockGap } from '../../time/relative.js';
import { useNow } from '../../time/useNow.js';
import { deviceName } from './who.js';

const FUTURE_HOURS = LIMITS.futureStampMs / (60 * 60 * 1000);

/**
 * Events from laptops whose clocks run far ahead, held out of the war room
 * until a person lets them in or their time comes: a clock set to 2038
 * would otherwise win every change for years.
 */
export function HeldBackPanel({ heldBack }: { readonly heldBack: readonly HeldBackView[] }) {
  const id = useId();
  const now = useNow();
  if (heldBack.length === 0) return null;
  return (
    <section className="room-panel held-back" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Held back</h2>
      <p>
        These events are stamped more than {FUTURE_HOURS} hours ahead of the room&apos;s time, so they are not shown yet: a
        wrong clock would make them overrule everything written since. If that laptop&apos;s clock is simply wrong and its
        person really wrote them, let them in. Otherwise leave them: they come in by themselves once their time comes.
      </p>
      <ul className="held-back-list">
        {heldBack.map((held) => {
          const who = deviceName(held.device, held.person);
          return (
            <li key={held.device}>
              <p>
                <strong>{who}</strong>: {held.count} {held.count === 1 ? 'event' : 'events'} stamped{' '}
                <time dateTime={new Date(held.stampedAt).toISOString()}>{formatFullTime(held.stampedAt)}</time>,{' '}
                {formatClockGap(held.stampedAt - now)} ahead of the room&apos;s time. Held here since{' '}
                <time dateTime={new Date(held.since).toISOString()} title={formatFullTime(held.since)}>
                  {formatClock(held.since)}
                </time>
                .
              </p>
              <LetInButton device={held.device} who={who} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function LetInButton({ device, who }: { readonly device: string; readonly who: string }) {
  const actions = useActions();
  return (
    <button type="button" aria-label={`Let in events from ${who}`} onClick={() => void actions.letInHeldBack(device)}>
      Let in
    </button>
  );
}
