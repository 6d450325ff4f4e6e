/**
 * The headless peer's front door: the built renderer over HTTP and the API
 * over a WebSocket, on 127.0.0.1 only. Requests whose Host header is not this
 * address (DNS rebinding) and sockets opened by other web origins (a page on
 * the internet reaching into localhost) are refused; so is an API socket
 * without this data folder's access key (browser-access.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { API_SOCKET_PATH } from '../../shared/api.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { WarRoomHost } from '../host/host.js';
import { reportAcceptFailures } from '../sync/occasional-report.js';
import { PACKAGE_ROOT } from '../version.js';
import { serveApiSocket } from './api-socket.js';
import type { SignedIn } from './signed-in.js';
import { loadOrCreateBrowserAccessKey } from './browser-access-key.js';
import { addressWithKey, browserAccess } from './browser-access.js';
import { SECURITY_HEADERS, serveStatic } from './static-files.js';

export const DEFAULT_PORT = 4780;
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

export interface ServerOptions {
  readonly host: WarRoomHost;
  readonly port?: number;
  readonly rendererDir?: string;
  /** The key a browser must hold (browser-access.ts); the data folder's own unless given. */
  readonly accessKey?: string;
  /** Where problems of the running server are said; stderr unless given. */
  readonly log?: (line: string) => void;
  /** Counts the people signed in through the browsers served, for the room's peer lists. */
  readonly signedIn?: SignedIn;
}

export interface RunningServer {
  readonly url: string;
  /** The address to open in a browser: `url` with the access key, which the peer turns into a cookie. */
  readonly openUrl: string;
  readonly port: number;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

function allowedHosts(port: number): Set<string> {
  return new Set([`${LOOPBACK}:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const rendererDir = path.resolve(options.rendererDir ?? path.join(PACKAGE_ROOT, 'dist', 'renderer'));
  let port = options.port ?? DEFAULT_PORT;
  const accessKey = options.accessKey ?? loadOrCreateBrowserAccessKey(options.host.dataDir);
  const access = browserAccess(accessKey);

  const server = http.createServer((request, response) => {
    if (!allowedHosts(port).has(request.headers.host ?? '')) {
      response.writeHead(421, SECURITY_HEADERS).end('This Holdfast peer only answers on its loopback address.');
      return;
    }
    if (access.answeredPage(request, response, port)) return;
    serveStatic(rendererDir, request, response);
  });
  // http stops watching a socket for errors once it is upgraded, and a reset
  // with nobody listening would end the process: every socket has a listener
  // from its first moment. Whoever owns the socket deals with the failure.
  server.on('connection', (socket) => socket.on('error', () => {}));
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://holdfast.invalid');
    const origin = request.headers.origin;
    const hostOk = allowedHosts(port).has(request.headers.host ?? '');
    // Browsers always send Origin; a page from anywhere else must not drive the war room.
    const originOk = origin === undefined || allowedHosts(port).has(origin.replace(/^https?:\/\//, ''));
    if (url.pathname !== API_SOCKET_PATH || !hostOk || !originOk) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    // Host and Origin are whatever a local program says they are: only the key tells the owner's browser.
    if (!access.admitsSocket(request, port)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveApiSocket(ws, options.host, options.signedIn));
  });

  return new Promise((resolve, reject) => {
    const failedToListen = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new HoldfastFailure('unavailable', `Port ${port} is already in use (is Holdfast already running?). Choose another with --port.`));
      } else if (error.code === 'EACCES') {
        reject(new HoldfastFailure('unavailable', `Port ${port} needs privileges this user does not have. Choose a port above 1024 with --port.`));
      } else {
        reject(error);
      }
    };
    server.once('error', failedToListen);
    server.listen(port, LOOPBACK, () => {
      server.off('error', failedToListen);
      reportAcceptFailures(server, 'the interface', options.log ?? ((line) => process.stderr.write(`${line}\n`)));
      port = (server.address() as AddressInfo).port;
      const url = `http://${LOOPBACK}:${port}/`;
      resolve({
        url,
        openUrl: addressWithKey(url, accessKey),
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const client of sockets.clients) client.terminate();
            sockets.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
