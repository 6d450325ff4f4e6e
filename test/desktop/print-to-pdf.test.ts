/**
 * The desktop app's "Save as PDF": what reaches the disk, and what the
 * person is told, with Electron's objects stood in for by what they do.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { servePrintToPdf, type PdfWindow } from '../../electron/desktop/print-to-pdf.js';
import { PRINT_TO_PDF_CHANNEL } from '../../shared/desktop.js';

const PDF = new TextEncoder().encode('%PDF-1.7 the post-mortem');
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function desk(options: { chosen: (suggested: string) => string | null; trusted?: boolean; failPrint?: boolean }) {
  const handlers = new Map<string, (event: unknown, name: unknown) => Promise<unknown>>();
  const asked: string[] = [];
  const window: PdfWindow = {
    webContents: { printToPDF: async () => (options.failPrint ? Promise.reject(new Error('the page went away')) : PDF) },
  };
  const stop = servePrintToPdf(
    { handle: (channel, listener) => handlers.set(channel, listener), removeHandler: (channel) => handlers.delete(channel) },
    {
      window: () => window,
      askWhereToSave: async (_window, suggested) => {
        asked.push(suggested);
        return options.chosen(suggested);
      },
      isTrustedEvent: () => options.trusted ?? true,
    },
  );
  const print = (name: unknown) => handlers.get(PRINT_TO_PDF_CHANNEL)!({}, name);
  return { print, asked, stop, handlers };
}

function scratch(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-pdf-'));
  folders.push(folder);
  return folder;
}

describe('saving the post-mortem as PDF from the desktop app', () => {
  it('writes the printed page where the person chose, suggesting a .pdf name', async () => {
    const folder = scratch();
    const { print, asked } = desk({ chosen: (suggested) => path.join(folder, suggested) });
    expect(await print('postmortem-core-switch-2026-11-23')).toEqual({ ok: true, value: { file: path.join(folder, 'postmortem-core-switch-2026-11-23.pdf') } });
    expect(asked).toEqual(['postmortem-core-switch-2026-11-23.pdf']);
    expect(fs.readFileSync(path.join(folder, 'postmortem-core-switch-2026-11-23.pdf'), 'utf8')).toBe('%PDF-1.7 the post-mortem');
  });

  it('suggests only a file name, never a path the page chose', async () => {
    const folder = scratch();
    const { print, asked } = desk({ chosen: (suggested) => path.join(folder, suggested) });
    await print('../../.bashrc');
    expect(asked).toEqual(['.bashrc.pdf']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { print } = desk({ chosen: () => null });
    expect(await print('postmortem.pdf')).toEqual({ ok: true, value: null });
  });

  it('says which file could not be written, and why', async () => {
    const folder = scratch();
    const missing = path.join(folder, 'no-such-folder', 'postmortem.pdf');
    const { print } = desk({ chosen: () => missing });
    const result = (await print('postmortem.pdf')) as { ok: false; error: { message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.message).toMatch(new RegExp(`^Could not write ${missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: ENOENT`));
  });

  it('refuses a page that is not our own window, and stops answering once removed', async () => {
    const folder = scratch();
    const { print, stop, handlers } = desk({ chosen: (suggested) => path.join(folder, suggested), trusted: false });
    expect(await print('postmortem.pdf')).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(fs.readdirSync(folder)).toEqual([]);
    stop();
    expect(handlers.has(PRINT_TO_PDF_CHANNEL)).toBe(false);
  });
});
