/**
 * What only the desktop app can do, beside the API both transports carry:
 * exposed by the preload as `window.holdfastDesktop`, absent in a browser
 * on the headless peer (which prints with the browser's own dialog).
 */
import type { Result } from './result.js';

export const PRINT_TO_PDF_CHANNEL = 'holdfast-desktop:print-to-pdf';

export interface HoldfastDesktop {
  /**
   * Prints the window's page (as its print styles lay it out) to a PDF file
   * the person picks; resolves with the file written, or null when they
   * cancelled the dialog.
   */
  readonly printToPdf: (suggestedName: string) => Promise<Result<{ readonly file: string } | null>>;
}
