/**
 * The runbook library and one runbook, fetched from the host (they are
 * files a person may have just edited, so they are not kept in the store)
 * and fetched again whenever a drill starts, completes or stops anywhere in
 * the room: the drill history and the stale flags follow what happens.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RunbookCatalogue, RunbookDetail } from '../../../shared/api.js';
import type { Result } from '../../../shared/result.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { drillSignature } from './drillSignature.js';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly value: T }
  | { readonly state: 'failed'; readonly message: string };

function useFetched<T>(fetch: () => Promise<Result<T>>, runbookId: string | null) {
  const signature = useHoldfast((state) => drillSignature(state, runbookId));
  // Back from a lost link: what changed meanwhile came with no notice.
  const connected = useHoldfast((state) => state.connection === 'connected');
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });

  useEffect(() => {
    // While the link is down, what is on screen stays; it is fetched again once the link is back.
    if (!connected) return;
    let current = true;
    void fetch().then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { state: 'loaded', value: result.value } : { state: 'failed', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [fetch, signature, connected]);

  const replace = useCallback((value: T) => setLoaded({ state: 'loaded', value }), []);
  return { loaded, replace };
}

export function useRunbookCatalogue() {
  const actions = useActions();
  return useFetched<RunbookCatalogue>(actions.listRunbooks, null);
}

export function useRunbookDetail(runbookId: string) {
  const actions = useActions();
  const fetch = useCallback(() => actions.getRunbook(runbookId), [actions, runbookId]);
  return useFetched<RunbookDetail>(fetch, runbookId);
}
