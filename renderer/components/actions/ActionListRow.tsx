import type { ActionListItem } from '../../../shared/actions/action-list.js';
import { ACTION_STATUS_LABEL } from '../../../shared/actions/action-status-words.js';
import { overdueWords } from '../../../shared/actions/overdue.js';
import { ACTION_KIND_LABEL } from '../../../shared/postmortem/review.js';
import { hrefFor } from '../../navigation/route.js';
import { ActionHistory } from './ActionHistory.js';
import { ActionStatusControl } from './ActionStatusControl.js';

/** One item on the Actions screen: what, whose, by when (overdue said in words), its incident's post-mortem, and its status to move. */
export function ActionListRow({ item, today }: { readonly item: ActionListItem; readonly today: string }) {
  const due = item.due === null ? 'No due date' : item.overdue ? overdueWords(item.due, today) : `Due ${item.due}`;
  return (
    <li className={`action-list-row${item.overdue ? ' is-overdue' : ''}`} aria-label={item.what}>
      <div className="action-list-main">
        <p className="action-list-what">
          <span className={`badge action-kind-${item.kind}`}>{ACTION_KIND_LABEL[item.kind]}</span> {item.what}
        </p>
        <p className="action-list-meta">
          <span className={item.overdue ? 'action-overdue' : undefined}>{due}</span> · {item.owner}
          {item.ownerTeam === null ? ' (not on the roster)' : ` (${item.ownerTeam})`} ·{' '}
          <a href={hrefFor({ screen: 'postmortem', incidentId: item.incidentId })}>
            {item.drill ? 'Drill: ' : ''}
            {item.incidentTitle}
            <span className="visually-hidden"> post-mortem</span>
          </a>
        </p>
        {item.status === 'wont_do' && item.statusReason !== '' && (
          <p className="action-list-reason">
            {ACTION_STATUS_LABEL.wont_do}: {item.statusReason}
          </p>
        )}
        <ActionHistory what={item.what} history={item.history} />
      </div>
      <ActionStatusControl incidentId={item.incidentId} actionId={item.id} what={item.what} status={item.status} />
    </li>
  );
}
