import type { ActionChange } from '../../../shared/projection/postmortem-views.js';
import { ACTION_STATUS_LABEL } from '../../../shared/actions/action-status-words.js';
import { PostMortemMoment } from '../postmortem/PostMortemMoment.js';

function changeInWords(change: ActionChange): string {
  if (change.change === 'saved') return `Saved: owner ${change.owner}, ${change.due === null ? 'no due date' : `due ${change.due}`}`;
  return `${ACTION_STATUS_LABEL[change.status]}${change.reason.trim() === '' ? '' : `: ${change.reason}`}`;
}

/** Every save and status change of an item, folded away until asked for: who moved it, when, and why. */
export function ActionHistory({ what, history }: { readonly what: string; readonly history: readonly ActionChange[] }) {
  if (history.length === 0) return null;
  return (
    <details className="action-history">
      <summary>
        History ({history.length} {history.length === 1 ? 'change' : 'changes'})<span className="visually-hidden"> of {what}</span>
      </summary>
      <ol>
        {history.map((change, index) => (
          <li key={index}>
            {changeInWords(change)} — {change.by}, <PostMortemMoment at={change.at} />
          </li>
        ))}
      </ol>
    </details>
  );
}
