/**
 * Every screen past the first, each in its own chunk: opening Holdfast loads
 * the shell (header, banners, incident list, home) and nothing else, and a
 * screen's code arrives the first time someone goes there. Paths stay
 * relative (vite `base: './'`), so the same chunks load over http from the
 * headless peer and from file:// in the desktop window.
 */
import { lazy } from 'react';

export const DeclareIncident = lazy(() => import('./DeclareIncident.js').then((module) => ({ default: module.DeclareIncident })));
export const RoomScreen = lazy(() => import('./RoomScreen.js').then((module) => ({ default: module.RoomScreen })));
export const PeopleScreen = lazy(() => import('./PeopleScreen.js').then((module) => ({ default: module.PeopleScreen })));
export const PartnersScreen = lazy(() => import('./PartnersScreen.js').then((module) => ({ default: module.PartnersScreen })));
export const RunbooksScreen = lazy(() => import('./RunbooksScreen.js').then((module) => ({ default: module.RunbooksScreen })));
export const RunbookScreen = lazy(() => import('./RunbookScreen.js').then((module) => ({ default: module.RunbookScreen })));
export const ActionsScreen = lazy(() => import('./ActionsScreen.js').then((module) => ({ default: module.ActionsScreen })));
export const TrendsScreen = lazy(() => import('./TrendsScreen.js').then((module) => ({ default: module.TrendsScreen })));
export const ReadinessScreen = lazy(() => import('./ReadinessScreen.js').then((module) => ({ default: module.ReadinessScreen })));
export const PostMortemScreen = lazy(() => import('./PostMortemScreen.js').then((module) => ({ default: module.PostMortemScreen })));

const loadIncidentScreen = () => import('./IncidentScreen.js').then((module) => ({ default: module.IncidentScreen }));
export const IncidentScreen = lazy(loadIncidentScreen);

/**
 * The incident view is where nearly every visit goes next: fetched once the
 * first screen is drawn and the page is idle, so opening an incident does
 * not wait on the network (or the peer's disk) for its code.
 */
export function prefetchIncidentScreen(): void {
  const fetchIt = () => void loadIncidentScreen().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchIt, { timeout: 2_000 });
  else setTimeout(fetchIt, 200);
}
