import { expect } from 'vitest';
import { holdfast } from './processes.js';

/** Declares a SEV1 incident with `holdfast declare`, as a person at a terminal would, and returns its id. */
export async function declareFromTerminal(dataDir: string, title: string): Promise<string> {
  const run = await holdfast(['declare', title, '--severity', 'SEV1', '--data', dataDir]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout.trimEnd().split('\n').at(-1)!;
}
