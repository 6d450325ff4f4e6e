import type { PromiseView } from '../../../../shared/projection/outreach-views.js';
import { formatClockWithDay, formatFullTime } from '../../../time/format.js';
import { dueClock, OUTCOME_LABEL } from './promiseWords.js';

/**
 * What happened to a promise since it was made: each move of its due time
 * with why, how it ended, and any other word on it from a laptop that was
 * cut off when it was closed. Folded away: the latest state is above it.
 */
export function PromiseHistory({ promise, now }: { readonly promise: PromiseView; readonly now: number }) {
  const moment = (at: number) => (
    <time dateTime={new Date(at).toISOString()} title={formatFullTime(at)}>
      {formatClockWithDay(at, now)}
    </time>
  );
  const closes = promise.closed === null ? [] : [promise.closed, ...promise.laterCloses];
  return (
    <details className="promise-history">
      <summary>History ({1 + promise.dueChanges.length + closes.length})</summary>
      <ol>
        <li>
          {moment(promise.madeAt)} recorded by {promise.recordedBy}: due {dueClock(promise.dueChanges[0]?.from ?? promise.dueAt, now)}
        </li>
        {promise.dueChanges.map((change) => (
          <li key={`move-${change.at}-${change.by}`}>
            {moment(change.at)} {change.by} moved it from {dueClock(change.from, now)} to {dueClock(change.to, now)}
            {change.reason !== '' && <>: {change.reason}</>}
          </li>
        ))}
        {closes.map((close, index) => (
          <li key={`close-${close.at}-${close.by}`}>
            {moment(close.at)} {close.by} marked it {OUTCOME_LABEL[close.outcome].toLowerCase()}
            {index > 0 && ' (after it was already closed, from a laptop that had not heard)'}
            {close.reason !== '' && <>: {close.reason}</>}
          </li>
        ))}
      </ol>
    </details>
  );
}
