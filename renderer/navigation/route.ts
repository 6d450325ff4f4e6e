/**
 * Where the person is, kept in the URL's hash: it works the same from
 * file:// in the desktop app and over http from the headless peer, and the
 * browser's Back goes where people expect.
 */
import { useMemo, useSyncExternalStore } from 'react';

export type Route =
  | { readonly screen: 'home' }
  | { readonly screen: 'declare' }
  | { readonly screen: 'room' }
  | { readonly screen: 'people' }
  | { readonly screen: 'partners' }
  | { readonly screen: 'runbooks' }
  /** `owner`: the list filtered to one person's items (the overdue banner's link). */
  | { readonly screen: 'actions'; readonly owner?: string }
  | { readonly screen: 'trends' }
  | { readonly screen: 'readiness' }
  | { readonly screen: 'runbook'; readonly runbookId: string }
  /** `entryId`: an entry to show and highlight on arrival (a search result followed from the incident list). */
  | { readonly screen: 'incident'; readonly incidentId: string; readonly entryId?: string }
  | { readonly screen: 'postmortem'; readonly incidentId: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'declare') return { screen: 'declare' };
  if (path === 'room') return { screen: 'room' };
  if (path === 'people') return { screen: 'people' };
  if (path === 'partners') return { screen: 'partners' };
  if (path === 'runbooks') return { screen: 'runbooks' };
  if (path === 'actions') return { screen: 'actions' };
  const actionsOf = /^actions\/owner\/(.+)$/.exec(path);
  if (actionsOf?.[1]) return { screen: 'actions', owner: decodedOr(actionsOf[1]) };
  if (path === 'trends') return { screen: 'trends' };
  if (path === 'readiness') return { screen: 'readiness' };
  const runbook = /^runbooks\/([a-z0-9-]+)$/.exec(path);
  if (runbook?.[1]) return { screen: 'runbook', runbookId: runbook[1] };
  const incident = /^incident\/([a-z0-9-]+)$/.exec(path);
  if (incident?.[1]) return { screen: 'incident', incidentId: incident[1] };
  const incidentEntry = /^incident\/([a-z0-9-]+)\/entry\/([A-Za-z0-9-]+)$/.exec(path);
  if (incidentEntry?.[1] && incidentEntry[2]) return { screen: 'incident', incidentId: incidentEntry[1], entryId: incidentEntry[2] };
  const postMortem = /^incident\/([a-z0-9-]+)\/post-mortem$/.exec(path);
  if (postMortem?.[1]) return { screen: 'postmortem', incidentId: postMortem[1] };
  return { screen: 'home' };
}

/** A hand-typed hash may hold a lone %: shown as typed rather than breaking the screen. */
function decodedOr(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'declare':
      return '#/declare';
    case 'room':
      return '#/room';
    case 'people':
      return '#/people';
    case 'partners':
      return '#/partners';
    case 'runbooks':
      return '#/runbooks';
    case 'actions':
      return route.owner === undefined ? '#/actions' : `#/actions/owner/${encodeURIComponent(route.owner)}`;
    case 'trends':
      return '#/trends';
    case 'readiness':
      return '#/readiness';
    case 'runbook':
      return `#/runbooks/${route.runbookId}`;
    case 'incident':
      return route.entryId === undefined ? `#/incident/${route.incidentId}` : `#/incident/${route.incidentId}/entry/${route.entryId}`;
    case 'postmortem':
      return `#/incident/${route.incidentId}/post-mortem`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}
