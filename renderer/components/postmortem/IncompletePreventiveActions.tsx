import { incompletePreventiveAction } from '../../../shared/postmortem/post-mortem-warnings.js';
import type { DocumentAction } from '../../../shared/postmortem/document.js';

/**
 * A preventive action nobody on the roster owns, or with no date, is a wish:
 * each is named here, as the exported draft names it.
 */
export function IncompletePreventiveActions({ actions }: { readonly actions: readonly DocumentAction[] }) {
  const incomplete = actions.filter((action) => action.kind === 'prevent').flatMap((action) => incompletePreventiveAction(action) ?? []);
  if (incomplete.length === 0) return null;
  return (
    <div className="postmortem-warning" role="status">
      <strong>Not complete yet:</strong>
      <ul>
        {incomplete.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
