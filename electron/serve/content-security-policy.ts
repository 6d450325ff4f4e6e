/**
 * The one Content-Security-Policy of the interface, wherever it is shown:
 * the desktop window sets it on every response (desktop/security.ts), the
 * headless peer sends it with every page it serves (static-files.ts), and
 * renderer/index.html repeats it in a <meta> (less frame-ancestors, which a
 * <meta> cannot carry); a test holds the three together.
 *
 * The renderer loads only its own bundled files. No remote scripts, no
 * inline scripts, no eval, no frames, no plugins. It connects only to its
 * own origin: in the desktop app the API goes over IPC and the page needs no
 * network at all; served by the headless peer, the page's API WebSocket is
 * on the very host and port the page came from, which 'self' allows
 * (CSP Level 3 matches ws: and wss: to the page's own http: and https:).
 * A page that may open a socket to any host could be made to carry the war
 * room elsewhere. Inline styles stay allowed, as they always were in both.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
