import { useActions } from '../../store/context.js';

/**
 * What to run once this screen has changed the roster: fetch it again. The
 * host's 'roster' notice says the same, but a transport may drop a notice it
 * does not know (the WebSocket client lets through only the types it
 * lists), and the person who just saved must see what they saved.
 */
export function useRosterSaved(): () => void {
  const actions = useActions();
  return () => void actions.loadRoster();
}
