/**
 * Printing the post-mortem to PDF in the desktop app: the renderer asks,
 * the main process lays out the window's page with its print styles and
 * writes the PDF where the person chooses. Only our own window may ask.
 *
 * Plain Node on purpose (Electron's objects are described by the little
 * they are asked for), so it is tested without the Electron runtime.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { PRINT_TO_PDF_CHANNEL } from '../../shared/desktop.js';
import { fail, ok, type Result } from '../../shared/result.js';

/** The part of ipcMain this needs. */
export interface InvokeHandlers {
  handle(channel: string, listener: (event: unknown, suggestedName: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** The part of a BrowserWindow this needs. */
export interface PdfWindow {
  readonly webContents: { printToPDF(options: { printBackground: boolean; pageSize: 'A4' }): Promise<Uint8Array> };
}

export interface PrintToPdfOptions<W extends PdfWindow> {
  readonly window: () => W | null;
  /** The save dialog: the chosen path, or null when the person cancelled. */
  readonly askWhereToSave: (window: W, suggestedName: string) => Promise<string | null>;
  /** Whether the invoke came from our own window (see trusted-url.ts). */
  readonly isTrustedEvent: (event: unknown) => boolean;
}

export function servePrintToPdf<W extends PdfWindow>(ipc: InvokeHandlers, options: PrintToPdfOptions<W>): () => void {
  const print = async (event: unknown, suggestedName: unknown): Promise<Result<{ file: string } | null>> => {
    const target = options.window();
    if (!options.isTrustedEvent(event) || target === null) return fail('unavailable', 'This page is not allowed to print to PDF.');
    const name = typeof suggestedName === 'string' && suggestedName.trim() !== '' ? path.basename(suggestedName) : 'holdfast.pdf';
    const file = await options.askWhereToSave(target, name.endsWith('.pdf') ? name : `${name}.pdf`);
    if (file === null) return ok(null);
    try {
      const pdf = await target.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      await fs.writeFile(file, pdf);
      return ok({ file });
    } catch (error) {
      // A full disk or a read-only folder: say which file; nothing else changes.
      return fail('storage_read_only', `Could not write ${file}: ${(error as Error).message}`);
    }
  };
  ipc.handle(PRINT_TO_PDF_CHANNEL, print);
  return () => ipc.removeHandler(PRINT_TO_PDF_CHANNEL);
}
