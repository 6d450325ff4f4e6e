/**
 * Where the person came from, so a screen they arrive on can put the
 * keyboard on its heading (WCAG 2.4.3): after a link the browser leaves
 * focus on <body>, and a screen reader says nothing of the new page.
 */
import { useEffect, type RefObject } from 'react';
import { parseRoute, type Route } from './route.js';

let currentHash = window.location.hash;
let previous: Route | null = null;

/**
 * Catches up with the address bar whenever asked, not only in our listener:
 * useRoute's listener (useSyncExternalStore) re-renders, mounts the new
 * screen and runs its effects before a listener added after it would run, as
 * happens once this module arrives in a lazily loaded screen's chunk.
 */
function catchUp(): void {
  if (window.location.hash === currentHash) return;
  previous = parseRoute(currentHash);
  currentHash = window.location.hash;
}

window.addEventListener('hashchange', catchUp);

/** The screen before this one in this tab, or null on a fresh load. */
export function previousRoute(): Route | null {
  catchUp();
  return previous;
}

/** Once, when the screen mounts and `arrived` says it was reached by navigating: the heading takes the focus. */
export function useFocusHeadingOnArrival(heading: RefObject<HTMLHeadingElement | null>, arrived: (from: Route) => boolean): void {
  useEffect(() => {
    const from = previousRoute();
    if (from !== null && arrived(from)) heading.current?.focus();
    // Only on mounting: later changes of the route mount another screen.
  }, []);
}
