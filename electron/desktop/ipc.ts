/**
 * The API over Electron IPC: one channel per operation (holdfast:<method>),
 * answered only for our own window's main frame, and notices pushed on
 * holdfast:notice. The preload (electron/preload.ts) is the other end.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { API_METHODS, type ApiMethod, type HostNotice } from '../../shared/api.js';
import { fail, type Result } from '../../shared/result.js';
import type { IpcSenderFacts } from './trusted-url.js';

export const NOTICE_CHANNEL = 'holdfast:notice';

export function apiChannel(method: ApiMethod): `holdfast:${ApiMethod}` {
  return `holdfast:${method}`;
}

/** The part of WarRoomHost the IPC side needs. */
export interface ApiHost {
  call(method: string, params: unknown): Result<unknown> | Promise<Result<unknown>>;
  onNotice(listener: (notice: HostNotice) => void): () => void;
}

/**
 * Registers one handler per API method. `isTrustedSender` is asked on every
 * call; the host validates the parameters itself. Returns a function that
 * removes the handlers.
 */
export function serveApiOverIpc(
  ipc: IpcMain,
  host: ApiHost,
  isTrustedSender: (sender: IpcSenderFacts) => boolean,
): () => void {
  for (const method of API_METHODS) {
    ipc.handle(apiChannel(method), async (event: IpcMainInvokeEvent, params: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(senderFacts(event))) {
        return fail('unavailable', 'This page is not allowed to use the Holdfast API.');
      }
      try {
        return await host.call(method, params);
      } catch {
        // The host turns its own failures into Results; this is the last resort, and a stack
        // trace means nothing to the person at the keyboard.
        return fail('internal', 'Holdfast hit an unexpected problem. Try again; if it keeps happening, restart the app.');
      }
    });
  }
  return () => {
    for (const method of API_METHODS) ipc.removeHandler(apiChannel(method));
  };
}

/** Pushes every host notice to the page `target` returns, if it is still alive. */
export function forwardNotices(host: ApiHost, target: () => WebContents | null): () => void {
  return host.onNotice((notice) => {
    const contents = target();
    if (contents !== null && !contents.isDestroyed()) contents.send(NOTICE_CHANNEL, notice);
  });
}

export function senderFacts(event: IpcMainInvokeEvent): IpcSenderFacts {
  const contentsId = event.sender.id;
  try {
    const frame = event.senderFrame;
    if (frame === null) return { contentsId, frameUrl: null, isMainFrame: false };
    const main = event.sender.mainFrame;
    const isMainFrame = frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId;
    return { contentsId, frameUrl: frame.url, isMainFrame };
  } catch {
    // A frame disposed mid-call throws on access: treat it as gone.
    return { contentsId, frameUrl: null, isMainFrame: false };
  }
}
