import type { TimelineEntryView } from '../../shared/projection/views.js';
import { useClockZone } from '../time/clockSetting.js';
import { formatClock, formatDay, formatFullTime, sameLocalDay } from '../time/format.js';

function Moment({ ms, withDay = false }: { readonly ms: number; readonly withDay?: boolean }) {
  // Timeline entries are memoised: the switch to UTC reaches them here.
  useClockZone();
  return (
    <time dateTime={new Date(ms).toISOString()} title={formatFullTime(ms)}>
      {withDay ? `${formatDay(ms)} ${formatClock(ms)}` : formatClock(ms)}
    </time>
  );
}

/** When it happened; for an entry written down later, also when it was written. */
export function EntryTime({ entry }: { readonly entry: TimelineEntryView }) {
  if (entry.happenedAt === null) {
    return (
      <span className="entry-time">
        <Moment ms={entry.recordedAt} />
      </span>
    );
  }
  return (
    <span className="entry-time backdated">
      {/* Written down on another day than it happened: HH:MM:SS alone would mislead. */}
      happened at <Moment ms={entry.happenedAt} withDay={!sameLocalDay(entry.happenedAt, entry.recordedAt)} /> / recorded{' '}
      <Moment ms={entry.recordedAt} />
    </span>
  );
}
