import { useEffect, useSyncExternalStore } from 'react';
import { DEFAULT_CADENCE_MINUTES, type Cadence } from '../../../shared/updates/cadence.js';
import type { ReporterKit } from '../../../shared/updates/status-template.js';
import { useActions, useHoldfast } from '../../store/context.js';

type Actions = ReturnType<typeof useActions>;

export type ReporterKitState =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly kit: ReporterKit }
  | { readonly state: 'failed'; readonly message: string };

/**
 * The reporter's kit (templates and cadence), shared by every component that
 * needs it: the overdue warnings on every screen need the cadence, so it is
 * fetched once per connection, and again each time the composer opens
 * (the templates are files a person may have just edited).
 */
let current: ReporterKitState = { state: 'loading' };
let fetching: Promise<void> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the kit from the host again; a failure keeps what was loaded before. */
export function refreshReporterKit(actions: Actions): Promise<void> {
  fetching ??= actions
    .getReporterKit()
    .then((result) => {
      if (result.ok) current = { state: 'loaded', kit: result.value };
      else if (current.state !== 'loaded') current = { state: 'failed', message: result.error.message };
      for (const notify of listeners) notify();
    })
    .finally(() => {
      fetching = null;
    });
  return fetching;
}

export function useReporterKit(): ReporterKitState {
  const actions = useActions();
  const connected = useHoldfast((state) => state.connection === 'connected');
  const kit = useSyncExternalStore(subscribe, () => current);
  const loaded = kit.state === 'loaded';
  useEffect(() => {
    if (connected && !loaded) void refreshReporterKit(actions);
  }, [actions, connected, loaded]);
  return kit;
}

/** The cadence in force: the configured one once loaded, the defaults until then. */
export function useCadence(): Cadence {
  const kit = useReporterKit();
  return kit.state === 'loaded' ? kit.kit.cadenceMinutes : DEFAULT_CADENCE_MINUTES;
}
