/**
 * Every screen past the first, each in its own chunk: opening Holdfast
 * evaluates the shell (header, banners, incident list, home) and a screen's
 * code only when someone goes there. Paths stay relative (vite `base: './'`),
 * so the same chunks load over http from the headless peer and from file://
 * in the desktop window.
 *
 * In a browser the code comes from the peer, and a peer can go down
 * mid-incident while the page keeps working from its outbox: every chunk is
 * fetched with the first load (preloadEveryChunk in vite.config.ts names them all in
 * index.html) and the war room is shown only once they are in hand
 * (useEveryScreenInHand), so a screen first opened after the peer went away
 * still opens.
 */
import { useEffect, useState } from 'react';
import { lazyScreen } from './lazyScreen.js';

/**
 * One record of every lazy screen, so none can be left out of the fetch
 * below: a screen added here and not exported fails to compile where it is
 * used, never silently unfetched.
 */
const SCREENS = {
  IncidentScreen: lazyScreen('incident', () => import('./IncidentScreen.js').then((module) => module.IncidentScreen)),
  DeclareIncident: lazyScreen('declare', () => import('./DeclareIncident.js').then((module) => module.DeclareIncident)),
  RoomScreen: lazyScreen('room', () => import('./RoomScreen.js').then((module) => module.RoomScreen)),
  PeopleScreen: lazyScreen('people', () => import('./PeopleScreen.js').then((module) => module.PeopleScreen)),
  PartnersScreen: lazyScreen('partners', () => import('./PartnersScreen.js').then((module) => module.PartnersScreen)),
  RunbooksScreen: lazyScreen('runbooks', () => import('./RunbooksScreen.js').then((module) => module.RunbooksScreen)),
  RunbookScreen: lazyScreen('runbook', () => import('./RunbookScreen.js').then((module) => module.RunbookScreen)),
  ActionsScreen: lazyScreen('actions', () => import('./ActionsScreen.js').then((module) => module.ActionsScreen)),
  TrendsScreen: lazyScreen('trends', () => import('./TrendsScreen.js').then((module) => module.TrendsScreen)),
  ReadinessScreen: lazyScreen('readiness', () => import('./ReadinessScreen.js').then((module) => module.ReadinessScreen)),
  PostMortemScreen: lazyScreen('post-mortem', () => import('./PostMortemScreen.js').then((module) => module.PostMortemScreen)),
};

export const {
  IncidentScreen,
  DeclareIncident,
  RoomScreen,
  PeopleScreen,
  PartnersScreen,
  RunbooksScreen,
  RunbookScreen,
  ActionsScreen,
  TrendsScreen,
  ReadinessScreen,
  PostMortemScreen,
} = SCREENS;

let everyScreen: Promise<void> | null = null;
let everyScreenSettled = false;

/**
 * Every screen's code, fetched from the first render on, settled once each
 * has arrived or failed: a failure is left to its screen, which says so and
 * loads the page again once the peer is back (ScreenCodeBoundary). The
 * modulepreload links have usually brought them already, but the browser's
 * load event does not wait for them.
 */
function fetchEveryScreen(): Promise<void> {
  everyScreen ??= Promise.allSettled(Object.values(SCREENS).map((screen) => screen.fetchCode())).then(() => {
    everyScreenSettled = true;
  });
  return everyScreen;
}

/** False until every screen's code is in hand (or failed): until then the page shows it is still loading. */
export function useEveryScreenInHand(): boolean {
  const [inHand, setInHand] = useState(everyScreenSettled);
  useEffect(() => {
    let mounted = true;
    void fetchEveryScreen().then(() => mounted && setInHand(true));
    return () => {
      mounted = false;
    };
  }, []);
  return inHand;
}
