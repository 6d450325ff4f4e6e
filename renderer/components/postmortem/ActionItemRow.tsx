import { useState } from 'react';
import { useFocusAfterClose } from '../forms/useFocusAfterClose.js';
import { ACTION_KIND_LABEL } from '../../../shared/postmortem/review.js';
import type { ActionItemView } from '../../../shared/projection/postmortem-views.js';
import { useActions } from '../../store/context.js';
import { ActionHistory } from '../actions/ActionHistory.js';
import { ActionStatusControl } from '../actions/ActionStatusControl.js';
import { statusInWords } from '../../../shared/actions/action-status-words.js';
import { ActionItemForm } from './ActionItemForm.js';
import { PostMortemMoment } from './PostMortemMoment.js';
import { ownerAndDue } from './actionItemWords.js';

/** One action item: its kind, what, owner and due date, who saved it last; changed or removed in place. */
export function ActionItemRow({ incidentId, action }: { readonly incidentId: string; readonly action: ActionItemView }) {
  const actions = useActions();
  const [mode, setMode] = useState<'reading' | 'editing' | 'removing'>('reading');
  const { target: editButton, focusWhenBack: focusEditButton } = useFocusAfterClose<HTMLButtonElement>();

  function read() {
    setMode('reading');
    focusEditButton();
  }

  return (
    <li className={`action-item action-${action.kind}`} aria-label={action.what}>
      <p className="action-item-line">
        <span className={`badge action-kind-${action.kind}`}>{ACTION_KIND_LABEL[action.kind]}</span>{' '}
        <span className="action-item-what">{action.what}</span>
      </p>
      <p className="action-item-meta">
        {ownerAndDue(action)} · saved by {action.by} on <PostMortemMoment at={action.at} />
      </p>
      <p className="action-item-status">Status: {statusInWords(action.status, action.statusReason)}</p>
      <ActionStatusControl incidentId={incidentId} actionId={action.id} what={action.what} status={action.status} />
      <ActionHistory what={action.what} history={action.history} />
      {mode === 'reading' && (
        <div className="action-item-controls">
          <button ref={editButton} type="button" className="quiet" onClick={() => setMode('editing')}>
            Edit<span className="visually-hidden"> {action.what}</span>
          </button>
          <button type="button" className="quiet" onClick={() => setMode('removing')}>
            Remove<span className="visually-hidden"> {action.what}</span>
          </button>
        </div>
      )}
      {mode === 'editing' && <ActionItemForm incidentId={incidentId} action={action} onDone={read} onClose={read} />}
      {mode === 'removing' && (
        <div className="confirm-delete" role="group" aria-label={`Remove ${action.what}?`}>
          <p>Remove this action item? It goes from the post-mortem on every laptop.</p>
          <div className="form-actions">
            <button type="button" onClick={read} autoFocus>
              Keep it
            </button>
            <button type="button" className="danger" onClick={() => void actions.removeActionItem({ incidentId, actionId: action.id })}>
              Yes, remove it
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
