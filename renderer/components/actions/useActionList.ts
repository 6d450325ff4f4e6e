import { useEffect, useMemo } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { useActions, useHoldfast } from '../../store/context.js';

/** Overdue is judged on this laptop's own calendar day, whatever clock the screen shows. */
export const laptopZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * The action items across incidents, fetched when the app's frame appears
 * and again whenever an incident changes (a 'changed' notice, a write's
 * answer), the roster changes (owners' teams) or the link comes back.
 * OverdueActions, on every screen, is its one caller; the Actions screen
 * reads the store, so a change fetches the whole list once, not twice.
 */
export function useActionList() {
  const actions = useActions();
  const incidents = useHoldfast((state) => state.incidents);
  // Only a change to some incident's action items (or its title) calls for a new list, not every line written.
  const itemsChanged = useMemo(() => actionsSignature(Object.values(incidents)), [incidents]);
  const people = useHoldfast((state) => state.people);
  const connected = useHoldfast((state) => state.connection === 'connected');
  useEffect(() => {
    if (connected) void actions.loadActionList(laptopZone());
  }, [actions, itemsChanged, people, connected]);
  return useHoldfast((state) => state.actionList);
}

function actionsSignature(incidents: readonly IncidentView[]): string {
  return incidents
    .map((incident) => `${incident.id}:${incident.title}:${incident.review.actions.map((action) => `${action.id}@${action.at}#${action.history.length}`).join(',')}`)
    .join(';');
}
