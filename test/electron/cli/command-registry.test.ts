import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, loadCommand } from '../../../electron/cli/command-registry.js';
import { runCli } from '../../../electron/cli/main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), env: {} }, out, err };
}

describe('the commands, loaded when they run', () => {
  it('files every command under the name it answers to', async () => {
    for (const name of COMMAND_NAMES) expect((await loadCommand(name)).name).toBe(name);
  });

  it('lists every command in the help, each with its usage', async () => {
    const { io, out } = capture();
    expect(await runCli(['help'], io)).toBe(0);
    for (const name of COMMAND_NAMES) expect(out.join('\n')).toContain(`holdfast ${name}`);
  });

  it('refuses a name that is no command, even one an object holds', async () => {
    for (const name of ['nope', 'constructor', 'toString']) {
      const { io, err } = capture();
      expect(await runCli([name], io)).toBe(2);
      expect(err[0]).toContain('unknown command');
    }
  });

  it("prints one command's usage without running it", async () => {
    const { io, out } = capture();
    expect(await runCli(['whoami', '--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^Usage: holdfast whoami/);
  });
});
