import { useId, useState } from 'react';
import { useFocusAfterClose } from '../forms/useFocusAfterClose.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { ActionItemForm } from './ActionItemForm.js';
import { ActionItemRow } from './ActionItemRow.js';
import { NoPreventionBanner } from './NoPreventionBanner.js';
import { IncompletePreventiveActions } from './IncompletePreventiveActions.js';
import type { DocumentAction } from '../../../shared/postmortem/document.js';

/** What will be done so it does not happen again, or hurts less: the list, the warning when nothing prevents, and the form. */
export function ActionItems({ incident, draft, documentActions = [] }: { readonly incident: IncidentView; readonly draft: boolean; readonly documentActions?: readonly DocumentAction[] }) {
  const id = useId();
  const [adding, setAdding] = useState(false);
  const { target: addButton, focusWhenBack: focusAddButton } = useFocusAfterClose<HTMLButtonElement>();
  const items = incident.review.actions;

  function closeAdding() {
    setAdding(false);
    focusAddButton();
  }

  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Action items</h2>
      <NoPreventionBanner draft={draft && !items.some((action) => action.kind === 'prevent')} />
      <IncompletePreventiveActions actions={documentActions} />
      {items.length === 0 ? (
        <p className="hint postmortem-empty">No action item yet.</p>
      ) : (
        <ul className="action-items" aria-labelledby={`${id}-heading`}>
          {items.map((action) => (
            <ActionItemRow key={action.id} incidentId={incident.id} action={action} />
          ))}
        </ul>
      )}
      {adding ? (
        <ActionItemForm incidentId={incident.id} action={null} onDone={closeAdding} onClose={closeAdding} />
      ) : (
        <button ref={addButton} type="button" onClick={() => setAdding(true)}>
          Add an action item
        </button>
      )}
    </section>
  );
}
