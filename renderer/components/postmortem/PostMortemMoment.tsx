import { formatClock, formatDay, formatFullTime } from '../../time/format.js';

/**
 * A moment in the post-mortem: always with its day, since the document is
 * read days later, and to the second, since the metrics are.
 */
export function PostMortemMoment({ at }: { readonly at: number }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={formatFullTime(at)}>
      {formatDay(at)} {formatClock(at)}
    </time>
  );
}
