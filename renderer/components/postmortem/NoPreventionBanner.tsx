import type { ActionItemView } from '../../../shared/projection/postmortem-views.js';
import { hasPrevention } from './actionItemWords.js';

/**
 * A post-mortem must say what will stop it happening again: while no action
 * item does, this says so plainly (and exporting marks the document a draft).
 */
export function NoPreventionBanner({ actions }: { readonly actions: readonly ActionItemView[] }) {
  if (hasPrevention(actions)) return null;
  return (
    <p className="postmortem-warning" role="status">
      <strong>No action item prevents a recurrence.</strong> Add one of kind “Prevent”: until then the post-mortem exports as a draft.
    </p>
  );
}
