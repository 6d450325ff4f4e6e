import type { HostLink } from '../api/link.js';
import type { HoldfastActions } from './actions.js';
import { rehearsalsMayChange } from './rehearsals.js';
import type { HoldfastStore } from './store.js';

/**
 * Keeps the store a mirror of the host: every notice is merged, and every
 * time the link comes (back) up everything on screen is fetched again,
 * because notices sent while it was down were lost (and a headless peer has
 * forgotten who this browser is: refresh tells it again).
 */
export function mirrorHost(link: HostLink, store: HoldfastStore, actions: HoldfastActions): () => void {
  const stopNotices = link.api.onNotice((notice) => {
    const state = store.getState();
    switch (notice.type) {
      case 'session':
        state.setSession(notice.session);
        return;
      case 'changed':
        // Who rehearsed which role is read afresh when a drill's participants changed.
        if (rehearsalsMayChange(state.incidents, notice.incidents)) void actions.loadRehearsals();
        state.mergeIncidents(notice.incidents);
        state.dropEntries(notice.removedEntries);
        state.mergeEntries(notice.entries);
        state.mergeChecklists(notice.checklists);
        state.mergeOutreach(notice.outreach);
        // A board that cannot follow a change (it never held a service named) is fetched again whole.
        if (state.applyBoardChanges(notice.boardChanges).length > 0) void actions.refresh();
        return;
      case 'reloaded':
        // Events were set aside (a device removed): what is shown may hold some of them.
        void actions.refresh();
        return;
      case 'room':
        // Peers, catch-up and held-back events change on their own, whatever screen is open.
        state.setRoom(notice.room);
        return;
      case 'roster':
        state.setRoster({ people: notice.people, partners: notice.partners });
        return;
      case 'readiness':
        state.noticeReadiness();
        return;
    }
  });
  const stopConnection = link.onConnection((connection) => {
    // Refresh first: it says who is here before anything the screen does on "connected" reaches the host.
    if (connection === 'connected') void actions.refresh();
    store.getState().setConnection(connection);
  });
  return () => {
    stopNotices();
    stopConnection();
  };
}
