import { needsAttention, promiseDueState } from '../../../../shared/outreach/promise-due.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useNow } from '../../../time/useNow.js';
import { PromiseControls } from './PromiseControls.js';
import { dueWords } from './promiseWords.js';
import './promises.css';

/**
 * A flag on every laptop with the incident open while a promise is due
 * within ten minutes, due, or overdue: to whom, what, who made it, and the
 * buttons to keep, break, withdraw or move it without leaving the screen.
 */
export function DuePromisesFlag({ incident }: { readonly incident: IncidentView }) {
  const promises = useHoldfast((state) => selectOutreach(state, incident.id).promises);
  const now = useNow();
  const due = promises
    .filter((promise) => needsAttention(promiseDueState(promise, now)))
    .sort((a, b) => a.dueAt - b.dueAt);
  if (due.length === 0) return null;
  return (
    <section className="outreach-flag due-promises" aria-label="Promises due">
      <strong>{due.length === 1 ? 'A promise is due:' : `${due.length} promises are due:`}</strong>
      <ul>
        {due.map((promise) => (
          <li key={promise.id} aria-label={`To ${promise.to}: ${promise.what}`}>
            <p>
              <span className="promise-state">{dueWords(promise, now)}</span> · to <strong dir="auto">{promise.to}</strong>: <span dir="auto">{promise.what}</span>{' '}
              <span className="summary-aside">(made by {promise.madeBy})</span>
            </p>
            <PromiseControls incidentId={incident.id} promise={promise} />
          </li>
        ))}
      </ul>
    </section>
  );
}
