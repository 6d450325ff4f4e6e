/**
 * Which URLs are our own renderer, and which IPC senders we answer.
 *
 * Our renderer is the built UI loaded with loadFile, so its pages are file:
 * URLs inside one folder (dist/renderer). A URL is trusted only if it parses,
 * is a file: URL with no host, and its path, once decoded and normalised,
 * lies inside that folder. Nothing here matches substrings: a prefix test on
 * the raw string would trust `file:///app/dist/renderer-evil/x.html` or
 * `file:///app/dist/renderer/../../etc/passwd`.
 *
 * Plain Node on purpose (no 'electron' import), so it is tested without the
 * Electron runtime.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type UrlCheck = (url: string) => boolean;

/** A check that accepts exactly the file: URLs of files inside `rendererDir`. */
export function rendererUrlCheck(rendererDir: string, platform: NodeJS.Platform = process.platform): UrlCheck {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const root = paths.resolve(rendererDir);
  return (url) => {
    const filePath = localPathOf(url, platform === 'win32');
    if (filePath === null) return false;
    const relative = paths.relative(root, paths.resolve(filePath));
    return relative !== '' && !relative.startsWith('..') && !paths.isAbsolute(relative);
  };
}

function localPathOf(url: string, windows: boolean): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // A host in a file: URL is a network share (file://server/share/...), never our install.
  if (parsed.protocol !== 'file:' || parsed.host !== '') return null;
  try {
    // Refuses encoded separators (%2F, %5C) rather than letting them slip past the folder test.
    return fileURLToPath(parsed, { windows });
  } catch {
    return null;
  }
}

/** What the main process knows about the frame behind an IPC call. */
export interface IpcSenderFacts {
  /** webContents id of the sender. */
  readonly contentsId: number;
  /** The sending frame's URL, or null when the frame is gone (navigated or destroyed). */
  readonly frameUrl: string | null;
  /** Whether the sending frame is its page's main frame (not an iframe). */
  readonly isMainFrame: boolean;
}

/**
 * An API call is answered only when it comes from the main frame of our own
 * window, showing our own renderer.
 */
export function isTrustedIpcSender(sender: IpcSenderFacts, ownContentsId: number | null, isTrustedUrl: UrlCheck): boolean {
  return (
    ownContentsId !== null &&
    sender.contentsId === ownContentsId &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    isTrustedUrl(sender.frameUrl)
  );
}
