import { openPromises } from '../../../../shared/outreach/promise-due.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useNow } from '../../../time/useNow.js';
import { dueClock } from './promiseWords.js';

/**
 * The summary strip's Promises: how many are open and the next to fall due
 * ("2 open · next 16:00 to Management"), and, said in words, how many are
 * overdue or due now.
 */
export function OpenPromisesFact({ incident }: { readonly incident: IncidentView }) {
  const promises = useHoldfast((state) => selectOutreach(state, incident.id).promises);
  const now = useNow();
  const { open, overdue, dueSoon, next } = openPromises(promises, now);
  if (next === null) return <>{promises.length === 0 ? 'None made' : 'None open'}</>;
  return (
    <>
      {overdue > 0 && <strong className="summary-overdue">⚠ {overdue} overdue</strong>}
      {overdue > 0 && dueSoon > 0 && ' · '}
      {dueSoon > 0 && <strong className="summary-overdue">⚠ {dueSoon} due soon</strong>}
      {(overdue > 0 || dueSoon > 0) && ' · '}
      {open.length} open · next{' '}
      <time dateTime={new Date(next.dueAt).toISOString()}>{dueClock(next.dueAt, now)}</time> to <span dir="auto">{next.to}</span>
    </>
  );
}
