/**
 * A WebSocket client of the headless peer's API, as the browser UI would
 * use it: requests matched to responses by id, notices collected as they
 * are pushed. Every wait is bounded.
 */
import WebSocket from 'ws';
import { API_SOCKET_PATH, type HostNotice, type WireMessage } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import { ACCESS_PARAMETER, accessCookieName } from '../../electron/serve/browser-access.js';
import { waitUntil } from './wait.js';

export class ApiClient {
  readonly notices: HostNotice[] = [];
  /** Responses by id, including the id -1 the peer uses for messages it could not read. */
  readonly responses = new Map<number, Result<unknown>[]>();
  private nextId = 1;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as WireMessage;
      if (message.kind === 'notice') this.notices.push(message.notice);
      else this.responses.set(message.id, [...(this.responses.get(message.id) ?? []), message.result]);
    });
  }

  /**
   * Connects to `address`'s API socket, as the owner's browser would: with
   * the access key from the address `holdfast serve` printed (`?access=KEY`)
   * or from `accessKey`, sent as the cookie that address would have set.
   * Without either it presents no key, as another user's program would.
   * Rejects with the refusal if the peer will not have it.
   */
  static connect(address: string, options: { origin?: string; host?: string; accessKey?: string } = {}): Promise<ApiClient> {
    const printed = new URL(address);
    const url = new URL(API_SOCKET_PATH, printed.origin.replace(/^http/, 'ws'));
    const headers: Record<string, string> = options.host ? { Host: options.host } : {};
    const key = options.accessKey ?? printed.searchParams.get(ACCESS_PARAMETER);
    if (key) headers.Cookie = `${accessCookieName(Number(printed.port))}=${key}`;
    const socket = new WebSocket(url, { ...(options.origin ? { origin: options.origin } : {}), headers, handshakeTimeout: 5_000 });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new ApiClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Sends one API request and waits for its response. */
  async call(method: string, params: unknown): Promise<Result<unknown>> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    const [result] = await waitUntil(() => this.responses.get(id), { what: `the response to ${method}`, timeoutMs: 5_000 });
    return result!;
  }

  /** Sends raw text, as a broken or hostile client might. */
  sendRaw(text: string): void {
    this.socket.send(text);
  }

  waitForNotice(matches: (notice: HostNotice) => boolean, what: string, timeoutMs = 5_000): Promise<HostNotice> {
    return waitUntil(() => this.notices.find(matches), { what, timeoutMs });
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.terminate();
    });
  }
}
