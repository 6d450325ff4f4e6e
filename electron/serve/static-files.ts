/**
 * Serving the built renderer from disk: only files inside the folder, with
 * the right content type, and the same strict CSP the desktop window gets.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

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

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Holdfast</title>
<p>The Holdfast interface has not been built in this checkout. Run <code>npm run build</code> and reload.</p>`;

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
  fs.stat(file, (error, stats) => {
    if (error || !stats.isFile()) {
      if (relative === 'index.html') {
        response.writeHead(503, { 'Content-Type': CONTENT_TYPES['.html']!, ...SECURITY_HEADERS }).end(NOT_BUILT_PAGE);
      } else {
        response.writeHead(404, SECURITY_HEADERS).end('Not found');
      }
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': stats.size,
      'Cache-Control': relative === 'index.html' ? 'no-cache' : 'public, max-age=3600',
      ...SECURITY_HEADERS,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    fs.createReadStream(file).pipe(response);
  });
}
