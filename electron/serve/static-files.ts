/**
 * Serving the built renderer from disk: only files inside the folder, with
 * the right content type, and the same strict CSP the desktop window gets.
 *
 * Nothing a request or the disk does may end the process: a file that
 * cannot be opened (the process out of file handles, say) is answered with
 * a status that says so, and one that fails half-way cuts its response.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Holdfast</title>
<p>The Holdfast interface has not been built in this checkout. Run <code>npm run build</code> and reload.</p>`;

/** Seconds a browser is asked to wait before trying again when the peer is out of file handles. */
const RETRY_AFTER_SECONDS = 5;

export function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://holdfast.invalid').pathname);
  } catch {
    response.writeHead(400, SECURITY_HEADERS).end('Bad request');
    return;
  }
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) {
    response.writeHead(404, SECURITY_HEADERS).end('Not found');
    return;
  }
  // Opened before anything is answered, and measured from the open file:
  // a file that cannot be opened gets a status that says why, never a 200
  // with nothing after it.
  fs.open(file, 'r', (openError, fd) => {
    if (openError) return answerUnopened(openError, relative, response);
    fs.fstat(fd, (statError, stats) => {
      if (statError || !stats.isFile()) {
        fs.close(fd, () => {});
        return answerMissing(relative, response);
      }
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      response.writeHead(200, {
        'Content-Type': type,
        'Content-Length': stats.size,
        'Cache-Control': relative === 'index.html' ? 'no-cache' : 'public, max-age=3600',
        ...SECURITY_HEADERS,
      });
      if (request.method === 'HEAD') {
        fs.close(fd, () => {});
        response.end();
        return;
      }
      // The read stream closes the file when it ends or fails. A failure
      // half-way (a disk error, the browser gone) can no longer change the
      // status: the connection is cut, so the browser sees a broken
      // download, not a page that quietly stops.
      pipeline(fs.createReadStream(file, { fd }), response, (error) => {
        if (error) response.destroy();
      });
    });
  });
}

function answerMissing(relative: string, response: ServerResponse): void {
  if (relative === 'index.html') {
    response.writeHead(503, { 'Content-Type': CONTENT_TYPES['.html']!, ...SECURITY_HEADERS }).end(NOT_BUILT_PAGE);
  } else {
    response.writeHead(404, SECURITY_HEADERS).end('Not found');
  }
}

function answerUnopened(error: NodeJS.ErrnoException, relative: string, response: ServerResponse): void {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR') return answerMissing(relative, response);
  const text = { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS };
  if (error.code === 'EMFILE' || error.code === 'ENFILE') {
    response
      .writeHead(503, { 'Retry-After': String(RETRY_AFTER_SECONDS), ...text })
      .end('This Holdfast peer has too many connections or files open right now; try again in a moment.');
    return;
  }
  response
    .writeHead(500, text)
    .end(`This Holdfast peer could not read ${relative} (${error.code ?? error.message}); check that the user running it can read the built interface.`);
}
