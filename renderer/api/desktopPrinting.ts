/**
 * What only the desktop app offers beside the API (shared/desktop.ts):
 * present when the preload exposed it, null in a browser on the headless
 * peer, which prints with the browser's own dialog instead.
 */
import type { HoldfastDesktop } from '../../shared/desktop.js';

export function desktopPrinting(): HoldfastDesktop | null {
  const exposed = (window as { holdfastDesktop?: HoldfastDesktop }).holdfastDesktop;
  return exposed && typeof exposed.printToPdf === 'function' ? exposed : null;
}
