import { useRef, useState } from 'react';
import { navigate } from '../../navigation/route.js';
import { useActions, useHoldfast } from '../../store/context.js';

/**
 * Rehearse this runbook now: a drill incident with the runbook attached and
 * its timer running, opened at once so the team can start on the first step.
 */
export function StartDrillButton({ runbookId, title }: { readonly runbookId: string; readonly title: string }) {
  const actions = useActions();
  const showError = useHoldfast((state) => state.showError);
  const busy = useRef(false);
  const [pending, setPending] = useState(false);

  async function start() {
    // One drill per click, however fast the second click comes.
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    const result = await actions.startDrill(runbookId);
    busy.current = false;
    setPending(false);
    if (result.ok) navigate({ screen: 'incident', incidentId: result.value.incidentId });
    else showError(result.error.message);
  }

  return (
    <button type="button" className="primary" aria-busy={pending} title={`Start a timed rehearsal of ${title}`} onClick={() => void start()}>
      Start a drill
    </button>
  );
}
