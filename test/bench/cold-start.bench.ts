/** From `holdfast serve` on a full folder to the first answered API call. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { API_SOCKET_PATH } from '../../shared/api.js';
import { ownersCookie } from '../support/peer-address.js';
import { megabytes, residentMemory } from './serve-process.js';
import { ms, report } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `url` is the address the peer printed; its access key goes with the socket as the owner's browser's cookie. */
function firstAnswer(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(new URL(API_SOCKET_PATH, new URL(url).origin.replace(/^http/, 'ws')), { headers: ownersCookie(url) });
    socket.once('open', () => socket.send(JSON.stringify({ id: 1, method: 'listIncidents', params: {} })));
    socket.once('message', () => {
      socket.close();
      resolve();
    });
    socket.once('error', reject);
  });
}

export async function benchColdStart(folder: string, count: number): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'holdfast.js'), 'serve', '--data', folder, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error('the peer did not start within 60 s')), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Open (http:\/\/\S+) in a browser/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`the peer exited with ${code}`)));
    });
    const listening = performance.now() - started;
    await firstAnswer(url);
    const answered = performance.now() - started;
    const memory = residentMemory(child.pid!);
    report(`headless peer cold start, ${count.toLocaleString('en')} events`, {
      listening: ms(listening),
      'first API answer': ms(answered),
      RSS: memory ? `${megabytes(memory.rss)} (peak ${megabytes(memory.peak)})` : 'n/a',
    }, 'first answer < 300 ms');
  } finally {
    child.kill('SIGTERM');
  }
}
