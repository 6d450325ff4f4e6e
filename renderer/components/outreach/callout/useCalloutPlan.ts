import { useEffect, useState } from 'react';
import type { CalloutPlanView } from '../../../../shared/outreach/callout-plan.js';
import { useActions, useHoldfast } from '../../../store/context.js';

export type PlanRead = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly plan: CalloutPlanView } | { readonly state: 'failed'; readonly message: string };

/**
 * The call-out file as the host reads it now, with the names it could not
 * find on the roster: read when the tab opens, again when the roster
 * changes (a name added may resolve a problem) and when the link comes back.
 */
export function useCalloutPlan(): PlanRead {
  const actions = useActions();
  const connected = useHoldfast((state) => state.connection === 'connected');
  const rosterStamp = useHoldfast((state) => [...(state.people ?? []), ...(state.partners ?? [])].reduce((latest, one) => Math.max(latest, one.updatedAt), 0));
  const [read, setRead] = useState<PlanRead>({ state: 'loading' });
  useEffect(() => {
    if (!connected) return;
    let current = true;
    void actions.listCalloutPlan().then((result) => {
      if (current) setRead(result.ok ? { state: 'loaded', plan: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [actions, connected, rosterStamp]);
  return read;
}
