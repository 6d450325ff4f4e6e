/**
 * `holdfast serve` as a benchmark meets it: started on a folder with a
 * bound on how long it may take, its resident memory read from /proc, its
 * API called over the WebSocket the browser uses with each answer timed,
 * and a clear sentence when it dies (out of memory) or never answers.
 *
 * HOLDFAST_BENCH_CPU_PROF=DIR starts it under `node --cpu-prof` with the
 * profile written to DIR when it stops: where its time went, for whoever
 * makes it faster.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { API_SOCKET_PATH, type WireMessage } from '../../shared/api.js';
import { ownersCookie } from '../support/peer-address.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Resident and peak resident memory of a process, in bytes, from /proc (Linux); null where there is none. */
export function residentMemory(pid: number): { rss: number; peak: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
    return { rss: kib('VmRSS'), peak: kib('VmHWM') };
  } catch {
    return null;
  }
}

/**
 * CPU time a process has used so far (user + system), in ms, from /proc; NaN where there is none.
 * On a shared machine this moves far less with the load than wall time does.
 */
export function cpuTimeMs(pid: number): number {
  try {
    // The fields after the command name (which may hold spaces), from the state on: utime and stime are the 12th and 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** Linux's USER_HZ, 100 on every architecture Holdfast runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

export function megabytes(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1_048_576).toFixed(0)} MB` : 'n/a';
}

export class ServeProcess {
  private output = '';
  private exited: string | null = null;

  private constructor(
    private readonly child: ChildProcess,
    readonly startedAt: number,
  ) {
    const keep = (chunk: Buffer) => {
      // The last lines are what explains a failure; the rest would only grow.
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('exit', (code, signal) => {
      this.exited = signal ? `was killed by ${signal}` : `exited with ${code}`;
    });
  }

  static start(folder: string): ServeProcess {
    const profileDir = process.env.HOLDFAST_BENCH_CPU_PROF;
    const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    const child = spawn(process.execPath, [...profiling, path.join(ROOT, 'bin', 'holdfast.js'), 'serve', '--data', folder, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ServeProcess(child, performance.now());
  }

  get pid(): number {
    return this.child.pid!;
  }

  cpuMs(): number {
    return cpuTimeMs(this.pid);
  }

  memory(): { rss: number; peak: number } | null {
    return residentMemory(this.pid);
  }

  /** Why it stopped, with its last words; null while it runs. */
  death(): string | null {
    return this.exited && `holdfast serve ${this.exited}${/heap out of memory/i.test(this.output) ? ' (out of memory)' : ''}: ${this.output.trim().split('\n').slice(-3).join(' / ')}`;
  }

  /** The address it prints once listening; rejects when it dies or takes longer than `boundMs`. */
  address(boundMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /Open (http:\/\/\S+) in a browser/.exec(this.output);
        if (match) {
          clearInterval(timer);
          resolve(match[1]!);
        } else if (this.death()) {
          clearInterval(timer);
          reject(new Error(this.death()!));
        } else if (performance.now() - this.startedAt > boundMs) {
          clearInterval(timer);
          const lastWords = this.output.trim().split('\n').slice(-2).join(' / ');
          reject(new Error(`holdfast serve was not listening after ${(boundMs / 1000).toFixed(0)} s (gave up)${lastWords ? `; it had printed: ${lastWords}` : ''}`));
        }
      }, 5);
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
      setTimeout(() => this.child.kill('SIGKILL'), 10_000).unref();
    });
  }
}

/** The browser's API socket, each call timed from send to the parsed answer. */
export class TimedApi {
  private nextId = 1;
  private readonly waiting = new Map<number, (answer: { bytes: number; ok: boolean } | Error) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as WireMessage;
      if (message.kind === 'response') this.waiting.get(message.id)?.({ bytes: data.length, ok: message.result.ok });
    });
    socket.on('close', () => {
      for (const answer of this.waiting.values()) answer(new Error('the peer closed the API socket (did it die?)'));
    });
  }

  static connect(url: string, boundMs: number): Promise<TimedApi> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(new URL(API_SOCKET_PATH, new URL(url).origin.replace(/^http/, 'ws')), {
        headers: ownersCookie(url),
        handshakeTimeout: boundMs,
        maxPayload: 1024 * 1024 * 1024,
      });
      socket.once('open', () => resolve(new TimedApi(socket)));
      socket.once('error', reject);
    });
  }

  /** Milliseconds from sending the call to its parsed answer, and the answer's size. */
  call(method: string, params: unknown, boundMs: number): Promise<{ ms: number; bytes: number }> {
    const id = this.nextId++;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`no answer to ${method} within ${(boundMs / 1000).toFixed(0)} s (gave up)`));
      }, boundMs);
      this.waiting.set(id, (answer) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        if (answer instanceof Error) reject(answer);
        else if (!answer.ok) reject(new Error(`${method} was refused`));
        else resolve({ ms: performance.now() - started, bytes: answer.bytes });
      });
      // Asked as the browser UI asks (packed answers): the figure is what opening an incident costs a person.
      this.socket.send(JSON.stringify({ id, method, params, packed: true }));
    });
  }

  close(): void {
    this.socket.terminate();
  }
}
