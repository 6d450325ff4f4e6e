import { formatClockWithDay, formatFullTime } from '../../time/format.js';
import { useNow } from '../../time/useNow.js';

/** A moment as the room reads it: the clock time, with the day too when it was not today. */
export function Moment({ at }: { readonly at: number }) {
  const now = useNow();
  return (
    <time dateTime={new Date(at).toISOString()} title={formatFullTime(at)}>
      {formatClockWithDay(at, now)}
    </time>
  );
}

/** " since 14:02" after who holds a role or a partner's level. */
export function Since({ at }: { readonly at: number }) {
  return (
    <span className="since">
      {' '}
      since <Moment at={at} />
    </span>
  );
}
