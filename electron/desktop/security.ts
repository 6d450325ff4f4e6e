/**
 * Secure defaults for every web page the app creates, in one place.
 *
 * The window itself is created with context isolation, the sandbox and no
 * Node (main.ts); this module covers what webPreferences cannot: new windows,
 * navigation away from our renderer, <webview>, permission prompts and the
 * Content-Security-Policy. It is applied from app's 'web-contents-created', so
 * a page created later (devtools, a future window) gets the same treatment.
 */
import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../serve/content-security-policy.js';
import type { UrlCheck } from './trusted-url.js';

/**
 * The renderer's one policy, shared with the headless peer's pages: see
 * serve/content-security-policy.ts for what it allows and why.
 */
export { CONTENT_SECURITY_POLICY };

const securedSessions = new WeakSet<Session>();

/** Installs the secure defaults on every web page the app will create. */
export function secureEveryWebContents(app: App, isTrustedUrl: UrlCheck): void {
  app.on('web-contents-created', (_event, contents) => {
    secureWebContents(contents, isTrustedUrl);
    secureSession(contents.session);
  });
}

export function secureWebContents(contents: WebContents, isTrustedUrl: UrlCheck): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  const blockUntrusted = (event: { preventDefault(): void; url: string }): void => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  };
  // will-navigate covers the main frame, will-frame-navigate every frame, and
  // will-redirect a trusted navigation that a redirect would take elsewhere.
  contents.on('will-navigate', blockUntrusted);
  contents.on('will-frame-navigate', blockUntrusted);
  contents.on('will-redirect', blockUntrusted);

  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission and sets the CSP header; safe to call more than once. */
export function secureSession(session: Session): void {
  if (securedSessions.has(session)) return;
  securedSessions.add(session);

  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, values] of Object.entries(details.responseHeaders ?? {})) {
      // Ours replaces whatever policy a response brings, whatever its header's case.
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = values;
    }
    responseHeaders['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders });
  });
}
