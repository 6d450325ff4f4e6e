import type { TimelineEntryView } from '../../shared/projection/views.js';
import { useClockZone } from '../time/clockSetting.js';
import { formatClock, formatClockWithDay, formatDay, formatFullTime, sameLocalDay } from '../time/format.js';
import { useNow } from '../time/useNow.js';

function Moment({ ms, withDay }: { readonly ms: number; readonly withDay: boolean }) {
  const now = useNow();
  // Timeline entries are memoised: the switch to UTC reaches them here.
  useClockZone();
  return (
    <time dateTime={new Date(ms).toISOString()} title={formatFullTime(ms)}>
      {withDay ? `${formatDay(ms)} ${formatClock(ms)}` : formatClockWithDay(ms, now)}
    </time>
  );
}

/** When it happened; for an entry written down later, also when it was written. Any day but today is named. */
export function EntryTime({ entry }: { readonly entry: TimelineEntryView }) {
  if (entry.happenedAt === null) {
    return (
      <span className="entry-time">
        <Moment ms={entry.recordedAt} withDay={false} />
      </span>
    );
  }
  return (
    <span className="entry-time backdated">
      {/* Written down on another day than it happened: HH:MM:SS alone would mislead. */}
      <span className="entry-time-part">
        happened at <Moment ms={entry.happenedAt} withDay={!sameLocalDay(entry.happenedAt, entry.recordedAt)} />
      </span>{' '}
      <span className="entry-time-part">
        / recorded <Moment ms={entry.recordedAt} withDay={false} />
      </span>
    </span>
  );
}
