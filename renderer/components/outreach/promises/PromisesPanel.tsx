import { useId, useState } from 'react';
import { promiseDueState, promisesInPanelOrder } from '../../../../shared/outreach/promise-due.js';
import { PROMISE_LINE_EXAMPLE } from '../../../../shared/outreach/parse-promise-line.js';
import type { PromiseView } from '../../../../shared/projection/outreach-views.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useNow } from '../../../time/useNow.js';
import { useFocusAfterClose } from '../../forms/useFocusAfterClose.js';
import { MakePromiseForm } from './MakePromiseForm.js';
import { PromiseHistory } from './PromiseHistory.js';
import { PromiseControls } from './PromiseControls.js';
import { dueClass, dueWords } from './promiseWords.js';
import '../../panels/side-panel.css';
import './promises.css';

/**
 * Promises made to people outside the room: open ones first, soonest due
 * first, each with what can be done about it; then those closed, with how
 * each ended. Every promise keeps its history of moves.
 */
export function PromisesPanel({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  const promises = useHoldfast((state) => selectOutreach(state, incident.id).promises);
  const now = useNow();
  const [making, setMaking] = useState(false);
  const [said, setSaid] = useState('');
  const { target, focusWhenBack } = useFocusAfterClose<HTMLButtonElement>();
  const ordered = promisesInPanelOrder(promises);
  const open = ordered.filter((promise) => promise.status === 'open');
  const closed = ordered.filter((promise) => promise.status !== 'open');

  function closeForm() {
    setMaking(false);
    focusWhenBack();
  }

  return (
    <section className="side-panel promises-panel" aria-labelledby={`${id}-heading`}>
      <div className="side-panel-head">
        <h2 id={`${id}-heading`}>Promises</h2>
        <button
          ref={target}
          type="button"
          className="primary"
          aria-expanded={making}
          onClick={() => {
            setSaid('');
            setMaking(!making);
          }}
        >
          Record a promise
        </button>
      </div>
      {making && (
        <MakePromiseForm
          incidentId={incident.id}
          label="Record a promise"
          draft={{ what: '', to: '', dueAt: now + 30 * 60_000 }}
          onDone={() => {
            setSaid('Promise recorded; it is on the timeline.');
            closeForm();
          }}
          onClose={closeForm}
        />
      )}
      <p role="status" className="update-said">
        {said}
      </p>
      {promises.length === 0 ? (
        <p className="hint">
          No promise made yet. Type <kbd>{PROMISE_LINE_EXAMPLE}</kbd> in the timeline, or record one here.
        </p>
      ) : (
        <>
          <h3 className="promises-heading">Open ({open.length})</h3>
          {open.length === 0 ? <p className="hint">None open.</p> : <PromiseList label="Open promises" incidentId={incident.id} promises={open} now={now} />}
          {closed.length > 0 && (
            <>
              <h3 className="promises-heading">Closed ({closed.length})</h3>
              <PromiseList label="Closed promises" incidentId={incident.id} promises={closed} now={now} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function PromiseList({ label, incidentId, promises, now }: { readonly label: string; readonly incidentId: string; readonly promises: readonly PromiseView[]; readonly now: number }) {
  return (
    <ol className="promise-list" aria-label={label}>
      {promises.map((promise) => (
        <PromiseItem key={promise.id} incidentId={incidentId} promise={promise} now={now} />
      ))}
    </ol>
  );
}

function PromiseItem({ incidentId, promise, now }: { readonly incidentId: string; readonly promise: PromiseView; readonly now: number }) {
  const state = promiseDueState(promise, now);
  const words = dueWords(promise, now);
  return (
    <li className={`promise ${dueClass(state, promise.status)}`} aria-label={`To ${promise.to}: ${promise.what}, ${words}`}>
      <p className="promise-head">
        <span className="promise-state">{words}</span> · <strong dir="auto">{promise.what}</strong>
      </p>
      <p className="promise-meta">
        To <span dir="auto">{promise.to}</span> · made by <span dir="auto">{promise.madeBy}</span>
        {promise.recordedBy !== promise.madeBy && <> (recorded by {promise.recordedBy})</>}
        {promise.updateId !== null && <> · in an update</>}
      </p>
      {promise.status === 'open' && <PromiseControls incidentId={incidentId} promise={promise} />}
      <PromiseHistory promise={promise} now={now} />
    </li>
  );
}
