/**
 * Who may use a headless peer's API: only a browser that holds this data
 * folder's access key. The threat is another user of the same machine. The
 * peer listens on 127.0.0.1, which every local user can reach, and a
 * program of theirs sends whatever Host and Origin headers it likes, so
 * those checks (kept in server.ts) only stop web pages, not people.
 *
 * Decision: an API socket without the key is refused outright (401 before
 * the WebSocket opens), rather than served with the room secret and invite
 * withheld. Without the secret, a stranger on the API could still read
 * every incident, the roster's phone numbers and the room's history,
 * export the room, leave it, remove devices, and write to the log signed
 * with this laptop's key. Nothing the API offers is harmless to them.
 *
 * How the key reaches the browser: `holdfast serve` prints the address with
 * it (`http://127.0.0.1:4780/?access=KEY`); the peer answers that address
 * with an HttpOnly, SameSite=Strict cookie and a redirect to the clean
 * address, so the key leaves the address bar and every tab of that browser
 * is let in. The cookie's name carries the port, because cookies are kept
 * per host, not per port, and two peers on one machine must not overwrite
 * each other's. A page asked for without the key gets a sentence saying
 * what to do, not an interface that waits forever. The rest of the built
 * interface (scripts, styles) is the same for everyone and is served to
 * anyone, as before. The Electron app does not come here: it talks to its
 * host over IPC.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './static-files.js';

/** The query parameter of the printed address that carries the key. */
export const ACCESS_PARAMETER = 'access';

/** Cookies are per host, not per port: each peer on this machine has its own. */
export function accessCookieName(port: number): string {
  return `holdfast-access-${port}`;
}

/** The address to open in a browser: the peer's own with the key in it. */
export function addressWithKey(baseUrl: string, key: string): string {
  const url = new URL(baseUrl);
  url.searchParams.set(ACCESS_PARAMETER, key);
  return url.href;
}

/** Kept well inside what browsers allow; the key lives as long as the data folder's key file. */
const COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

const PAGE_PATHS: ReadonlySet<string> = new Set(['/', '/index.html']);

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

const NO_KEY = `<h1>Open Holdfast from the address it printed</h1>
<p>This Holdfast peer lets in only the browser of the person who started it. Open the address that
<code>holdfast serve</code> (or <code>npm start</code>) printed in its terminal, the one that ends in
<code>?access=</code> and a key, in this browser. Another person at this machine needs their own peer and data folder.</p>
<p>Opened that address in this browser already? <a href="/">Open Holdfast</a>.</p>`;

const WRONG_KEY = `<h1>That access key is not this peer's</h1>
<p>The address holds a key that this Holdfast peer does not know: it may be from an earlier peer on this port, started on
another data folder. Open the address that <code>holdfast serve</code> printed when this peer started, in this browser.</p>`;

function turnAway(response: ServerResponse, body: string): void {
  response
    .writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...SECURITY_HEADERS })
    .end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>Holdfast: open the printed address</title>\n${body}\n</html>`);
}

export interface BrowserAccess {
  /** Whether an API socket's opening request carries the key, in this peer's cookie. */
  admitsSocket(request: IncomingMessage, port: number): boolean;
  /**
   * Answers a request that brings the key in its address (the cookie, then
   * a redirect to the clean address) or asks for the page without the key
   * (the sentence saying what to do). False when the request is the static
   * files' to answer.
   */
  answeredPage(request: IncomingMessage, response: ServerResponse, port: number): boolean;
}

export function browserAccess(key: string): BrowserAccess {
  const expected = digest(key);
  // Compared as digests: the same length whatever was sent, and in constant time.
  const matches = (candidate: string | undefined) => candidate !== undefined && timingSafeEqual(digest(candidate), expected);

  return {
    admitsSocket: (request, port) => matches(cookieValue(request, accessCookieName(port))),

    answeredPage(request, response, port) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return false;
      let url: URL;
      try {
        url = new URL(request.url ?? '/', 'http://holdfast.invalid');
      } catch {
        return false;
      }
      const offered = url.searchParams.get(ACCESS_PARAMETER);
      if (offered !== null) {
        if (!matches(offered)) {
          turnAway(response, WRONG_KEY);
          return true;
        }
        url.searchParams.delete(ACCESS_PARAMETER);
        const cookie = `${accessCookieName(port)}=${key}; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict`;
        response
          .writeHead(303, { Location: url.pathname + url.search, 'Set-Cookie': cookie, 'Cache-Control': 'no-store', ...SECURITY_HEADERS })
          .end();
        return true;
      }
      if (!PAGE_PATHS.has(url.pathname) || matches(cookieValue(request, accessCookieName(port)))) return false;
      turnAway(response, NO_KEY);
      return true;
    },
  };
}
