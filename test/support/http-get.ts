import http from 'node:http';

export interface Fetched {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/**
 * A GET to 127.0.0.1 with the path sent exactly as given (no normalising of
 * `..`, unlike fetch), and any Host header a test wants to forge.
 */
export function rawGet(port: number, rawPath: string, headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET', headers, timeout: 5_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('timeout', () => request.destroy(new Error(`GET ${rawPath} timed out`)));
    request.on('error', reject);
    request.end();
  });
}
