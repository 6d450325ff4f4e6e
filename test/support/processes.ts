/**
 * Real processes for CLI, crash and headless-peer tests: `holdfast` run to
 * completion with a bounded wait, and long-running children that are always
 * killed afterwards (`afterEach(() => processes.stopAll())`), even when a
 * test fails half-way.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { waitUntil } from './wait.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HOLDFAST_BIN = path.join(REPO_ROOT, 'bin', 'holdfast.js');

/**
 * The environment children get: no HOLDFAST_DATA unless a test sets it, and
 * the platform app-data folder pointed somewhere that cannot exist, so a
 * command that forgot --data fails instead of writing to this machine's
 * real war room.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_DATA_HOME: '/dev/null/no-default-data-in-tests' };
  delete env.HOLDFAST_DATA;
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Record<string, string | undefined>;
  readonly uid?: number;
  readonly gid?: number;
  readonly timeoutMs?: number;
}

/** Runs `holdfast ARGS` from the repository root and resolves when it exits (killed after the timeout). */
export function holdfast(args: readonly string[], options: RunOptions = {}): Promise<Finished> {
  const spawnOptions: SpawnOptions = { cwd: REPO_ROOT, env: childEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] };
  if (options.uid !== undefined) spawnOptions.uid = options.uid;
  if (options.gid !== undefined) spawnOptions.gid = options.gid;
  const child = spawn(process.execPath, [HOLDFAST_BIN, ...args], spawnOptions);
  const timeoutMs = options.timeoutMs ?? 20_000;
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`holdfast ${args.join(' ')} did not finish within ${timeoutMs} ms.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The lines a stream has written so far, kept up to date as more arrive. */
export class LineLog {
  readonly lines: string[] = [];
  private partial = '';

  constructor(stream: Readable) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (this.partial + chunk).split('\n');
      this.partial = parts.pop()!;
      this.lines.push(...parts);
    });
  }

  text(): string {
    return [...this.lines, this.partial].join('\n');
  }
}

export interface Child {
  readonly process: ChildProcess;
  readonly stdout: LineLog;
  readonly stderr: LineLog;
  /** Resolves once it has exited and its output is fully read (bounded). */
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export class RunningProcesses {
  private readonly children = new Set<Child>();

  /** Starts `node ARGS` from the repository root, reading its output line by line. */
  startNode(args: readonly string[], env: Record<string, string | undefined> = {}): Child {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.once('close', (code, signal) => resolve({ code, signal }));
    });
    const started: Child = {
      process: child,
      stdout: new LineLog(child.stdout!),
      stderr: new LineLog(child.stderr!),
      exited: (timeoutMs = 15_000) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`Process ${child.pid} did not exit within ${timeoutMs} ms.`)), timeoutMs);
          void closed.then((outcome) => {
            clearTimeout(timer);
            resolve(outcome);
          });
        }),
    };
    this.children.add(started);
    return started;
  }

  /** Kills every child still running and waits (bounded) until each has gone. */
  async stopAll(): Promise<void> {
    const children = [...this.children];
    this.children.clear();
    for (const child of children) {
      if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
    }
    await Promise.all(children.map((child) => child.exited().catch(() => undefined)));
  }
}

/** Waits until a child has printed a line matching `pattern`, and returns the match. */
export async function lineMatching(log: LineLog, pattern: RegExp, what: string, timeoutMs = 15_000): Promise<RegExpExecArray> {
  return waitUntil(
    () => {
      for (const line of log.lines) {
        const match = pattern.exec(line);
        if (match) return match;
      }
      return undefined;
    },
    { what, timeoutMs },
  );
}
