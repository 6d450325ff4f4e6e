/**
 * Every screen past the first, each in its own chunk: opening Holdfast loads
 * the shell (header, banners, incident list, home) and nothing else, and a
 * screen's code arrives the first time someone goes there. Paths stay
 * relative (vite `base: './'`), so the same chunks load over http from the
 * headless peer and from file:// in the desktop window.
 */
import { lazy } from 'react';

const loaders = {
  incident: () => import('./IncidentScreen.js').then((module) => ({ default: module.IncidentScreen })),
  declare: () => import('./DeclareIncident.js').then((module) => ({ default: module.DeclareIncident })),
  room: () => import('./RoomScreen.js').then((module) => ({ default: module.RoomScreen })),
  people: () => import('./PeopleScreen.js').then((module) => ({ default: module.PeopleScreen })),
  partners: () => import('./PartnersScreen.js').then((module) => ({ default: module.PartnersScreen })),
  runbooks: () => import('./RunbooksScreen.js').then((module) => ({ default: module.RunbooksScreen })),
  runbook: () => import('./RunbookScreen.js').then((module) => ({ default: module.RunbookScreen })),
  actions: () => import('./ActionsScreen.js').then((module) => ({ default: module.ActionsScreen })),
  trends: () => import('./TrendsScreen.js').then((module) => ({ default: module.TrendsScreen })),
  readiness: () => import('./ReadinessScreen.js').then((module) => ({ default: module.ReadinessScreen })),
  postmortem: () => import('./PostMortemScreen.js').then((module) => ({ default: module.PostMortemScreen })),
};

export const IncidentScreen = lazy(loaders.incident);
export const DeclareIncident = lazy(loaders.declare);
export const RoomScreen = lazy(loaders.room);
export const PeopleScreen = lazy(loaders.people);
export const PartnersScreen = lazy(loaders.partners);
export const RunbooksScreen = lazy(loaders.runbooks);
export const RunbookScreen = lazy(loaders.runbook);
export const ActionsScreen = lazy(loaders.actions);
export const TrendsScreen = lazy(loaders.trends);
export const ReadinessScreen = lazy(loaders.readiness);
export const PostMortemScreen = lazy(loaders.postmortem);

/**
 * Every screen's code, fetched once the first screen is drawn and the page
 * is idle, the incident view first, where nearly every visit goes next. In
 * a browser the code comes from the peer, and a peer can go down mid-incident
 * while the page keeps working from its outbox: a screen first opened then
 * must already be here. A module once loaded is kept by the page, so the
 * screen's own import later resolves without the network.
 */
export function prefetchScreens(): void {
  const fetchAll = () => {
    const all: (() => Promise<unknown>)[] = Object.values(loaders);
    // One after another, so the first screen's own requests are not crowded out; one that fails is left to its visit.
    void all.reduce<Promise<void>>((previous, load) => previous.then(() => load().then(() => undefined, () => undefined)), Promise.resolve());
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchAll, { timeout: 2_000 });
  else setTimeout(fetchAll, 200);
}
