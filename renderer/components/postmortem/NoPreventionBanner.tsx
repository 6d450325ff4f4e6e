/**
 * A post-mortem must say what will stop it happening again: while no action
 * item does, this says so plainly (and exporting marks the document a draft).
 */
export function NoPreventionBanner({ draft }: { readonly draft: boolean }) {
  if (!draft) return null;
  return (
    <p className="postmortem-warning" role="status">
      <strong>No action item prevents a recurrence.</strong> Add one of kind “Prevent”: until then the post-mortem exports as a draft.
    </p>
  );
}
