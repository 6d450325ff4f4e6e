/**
 * The headless peer's front door: the built renderer over HTTP and the API
 * over a WebSocket, on 127.0.0.1 only. Requests whose Host header is not this
 * address (DNS rebinding) and sockets opened by other web origins (a page on
 * the internet reaching into localhost) are refused.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { API_SOCKET_PATH } from '../../shared/api.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { WarRoomHost } from '../host/host.js';
import { PACKAGE_ROOT } from '../version.js';
import { serveApiSocket } from './api-socket.js';
import { SECURITY_HEADERS, serveStatic } from './static-files.js';

export const DEFAULT_PORT = 4780;
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

export interface ServerOptions {
  readonly host: WarRoomHost;
  readonly port?: number;
  readonly rendererDir?: string;
}

export interface RunningServer {
  readonly url: string;
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

  const server = http.createServer((request, response) => {
    if (!allowedHosts(port).has(request.headers.host ?? '')) {
      response.writeHead(421, SECURITY_HEADERS).end('This Holdfast peer only answers on its loopback address.');
      return;
    }
    serveStatic(rendererDir, request, response);
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
    sockets.handleUpgrade(request, socket, head, (ws) => serveApiSocket(ws, options.host));
  });

  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new HoldfastFailure('unavailable', `Port ${port} is already in use (is Holdfast already running?). Choose another with --port.`));
      } else if (error.code === 'EACCES') {
        reject(new HoldfastFailure('unavailable', `Port ${port} needs privileges this user does not have. Choose a port above 1024 with --port.`));
      } else {
        reject(error);
      }
    });
    server.listen(port, LOOPBACK, () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${LOOPBACK}:${port}/`,
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
