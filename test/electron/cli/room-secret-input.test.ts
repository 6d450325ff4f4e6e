/**
 * The room secret never has to be on a command line, where every user of
 * the machine reads it in `ps` for as long as `holdfast serve` runs: it can
 * come from a file or from the environment. On the command line it still
 * works, with a warning that says why and what to use instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import { HOLDFAST_BIN, holdfast, lineMatching, type Child, type Finished } from '../../support/processes.js';
import { useScratch } from '../../support/scratch.js';

const { folders, processes } = useScratch();
afterEach(() => processes.stopAll());

const ROOM = 'Core network outage';
const SECRET = 'k7m2q-9xv4t-b8n3w-c5r6y-h2j4p';
const LOOPBACK = ['--port', '0', '--listen', '127.0.0.1', '--no-discovery', '--sync-port', '0'];
const ARGV_WARNING = /^Warning: --secret puts the room secret on the command line, where other users of this machine can read it \(ps, \/proc\)\. Use --secret-file FILE \(a file only you can read\) or the HOLDFAST_ROOM_SECRET environment variable instead\.$/m;

/** A file holding the secret, readable by its owner alone unless told otherwise. */
function secretFile(contents = `${SECRET}\n`, mode = 0o600): string {
  const file = path.join(folders.make(), 'room-secret');
  fs.writeFileSync(file, contents, { mode });
  fs.chmodSync(file, mode);
  return file;
}

/** What another user of the machine sees of a process: its arguments, as `ps` shows them. */
function argumentsSeenByOthers(child: Child): string {
  return fs.readFileSync(`/proc/${child.process.pid}/cmdline`, 'utf8').split('\0').join(' ');
}

/** `holdfast serve` on a fresh folder; resolves once it listens for the room's peers. */
async function servingRoom(args: readonly string[], env: Record<string, string> = {}): Promise<{ child: Child; dataDir: string }> {
  const dataDir = folders.make();
  const child = processes.startNode([HOLDFAST_BIN, 'serve', '--data', dataDir, ...LOOPBACK, ...args], env);
  await lineMatching(child.stdout, /^sync: listening for peers of room "Core network outage" on port \d+$/, `the peer to join the room\n${child.stderr.text()}`);
  return { child, dataDir };
}

async function secretHeldIn(dataDir: string): Promise<string> {
  const shown = await holdfast(['room', 'show', '--data', dataDir]);
  expect(shown.code, shown.stderr).toBe(0);
  return /^Secret:\s+(.+)$/m.exec(shown.stdout)?.[1] ?? '';
}

/** `holdfast ARGS` in this process, with `env` as its environment. */
async function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Finished> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli([...args], {
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    env: { XDG_DATA_HOME: '/dev/null/no-default-data-in-tests', ...env },
  });
  return { code, signal: null, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe.skipIf(process.platform !== 'linux')('holdfast serve given the room secret', () => {
  it('from --secret-file: joins the room, and the secret is nowhere in the arguments other users can see', async () => {
    const { child, dataDir } = await servingRoom(['--room', ROOM, '--secret-file', secretFile()]);
    expect(argumentsSeenByOthers(child)).toContain('--secret-file');
    expect(argumentsSeenByOthers(child)).not.toContain(SECRET);
    expect(child.stderr.text()).not.toMatch(/Warning/);
    expect(await secretHeldIn(dataDir)).toBe(SECRET);
  });

  it('from HOLDFAST_ROOM_SECRET: joins the room, with nothing of the secret in its arguments', async () => {
    const { child, dataDir } = await servingRoom(['--room', ROOM], { HOLDFAST_ROOM_SECRET: SECRET });
    expect(argumentsSeenByOthers(child)).not.toContain(SECRET);
    expect(child.stderr.text()).not.toMatch(/Warning/);
    expect(await secretHeldIn(dataDir)).toBe(SECRET);
  });

  it('from --secret: still joins, and warns why and what to use instead', async () => {
    const { child, dataDir } = await servingRoom(['--room', ROOM, '--secret', SECRET]);
    expect(child.stderr.text()).toMatch(ARGV_WARNING);
    expect(await secretHeldIn(dataDir)).toBe(SECRET);
  });

  it('from an invite in --invite-file or HOLDFAST_ROOM_INVITE, with nothing of it in the arguments', async () => {
    const created = await cli(['room', 'create', ROOM, '--no-qr', '--data', folders.make()]);
    const invite = /^Invite:\s+(.+)$/m.exec(created.stdout)![1]!;
    const secret = /^Secret:\s+(.+)$/m.exec(created.stdout)![1]!;
    const file = secretFile(`${invite}\n`);

    const byFile = await servingRoom(['--invite-file', file]);
    expect(argumentsSeenByOthers(byFile.child)).not.toContain(invite);
    const byEnv = await servingRoom([], { HOLDFAST_ROOM_INVITE: invite });
    expect(argumentsSeenByOthers(byEnv.child)).not.toContain(invite);
    for (const { child, dataDir } of [byFile, byEnv]) {
      expect(child.stderr.text()).not.toMatch(/Warning/);
      expect(await secretHeldIn(dataDir)).toBe(secret);
    }
  });
});

describe('the room secret from a file or the environment, in the terminal', () => {
  it('room join reads the secret from --secret-file or HOLDFAST_ROOM_SECRET, and warns only for --secret', async () => {
    const byFile = await cli(['room', 'join', '--name', ROOM, '--secret-file', secretFile(), '--data', folders.make()]);
    expect(byFile.code, byFile.stderr).toBe(0);
    expect(byFile.stderr).toBe('');

    const byEnv = await cli(['room', 'join', '--name', ROOM, '--data', folders.make()], { HOLDFAST_ROOM_SECRET: SECRET });
    expect(byEnv.code, byEnv.stderr).toBe(0);
    expect(byEnv.stderr).toBe('');

    const typed = await cli(['room', 'join', '--name', ROOM, '--secret', SECRET, '--data', folders.make()]);
    expect(typed.code, typed.stderr).toBe(0);
    expect(typed.stderr).toMatch(ARGV_WARNING);
  });

  it('room join reads an invite from --invite-file or HOLDFAST_ROOM_INVITE, and warns for --invite', async () => {
    const created = await cli(['room', 'create', ROOM, '--no-qr', '--data', folders.make()]);
    const invite = /^Invite:\s+(.+)$/m.exec(created.stdout)![1]!;

    const byFile = await cli(['room', 'join', '--invite-file', secretFile(invite), '--data', folders.make()]);
    expect(byFile.code, byFile.stderr).toBe(0);
    expect(byFile.stdout).toBe(`Joined room "${ROOM}".`);
    expect(byFile.stderr).toBe('');

    const byEnv = await cli(['room', 'join', '--data', folders.make()], { HOLDFAST_ROOM_INVITE: invite });
    expect(byEnv.code, byEnv.stderr).toBe(0);
    expect(byEnv.stderr).toBe('');

    const typed = await cli(['room', 'join', '--invite', invite, '--data', folders.make()]);
    expect(typed.code, typed.stderr).toBe(0);
    expect(typed.stderr).toMatch(/^Warning: --invite puts the invite code on the command line, where other users of this machine can read it \(ps, \/proc\)\. Use --invite-file FILE \(a file only you can read\) or the HOLDFAST_ROOM_INVITE environment variable instead\.$/m);
  });

  it('what is typed wins over a variable left set in the shell', async () => {
    const dataDir = folders.make();
    const joined = await cli(['room', 'join', '--name', 'Payments outage', '--secret-file', secretFile(), '--data', dataDir], {
      HOLDFAST_ROOM_INVITE: 'HOLDFAST1.left-over-from-yesterday',
    });
    expect(joined.code, joined.stderr).toBe(0);
    expect(joined.stdout).toBe('Joined room "Payments outage".');
  });

  it('warns when the secret file can be read by other users, and still uses it', async () => {
    const file = secretFile(`${SECRET}\n`, 0o644);
    const run = await cli(['room', 'join', '--name', ROOM, '--secret-file', file, '--data', folders.make()]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(`Warning: ${file} can be read by other users of this machine, and it holds the room secret. Make it yours alone: chmod 600 ${file}`);
  });

  it('refuses a missing or empty secret file, and a secret given twice, with sentences', async () => {
    const dataDir = folders.make();
    const missing = path.join(folders.make(), 'no-such-secret');
    const cases: [string[], number, string][] = [
      [['room', 'join', '--name', ROOM, '--secret-file', missing], 1, `holdfast room: Holdfast cannot read the room secret from ${missing}: there is no such file.`],
      [['room', 'join', '--name', ROOM, '--secret-file', secretFile('  \n')], 1, 'is empty: it should hold the room secret on one line.'],
      [['room', 'join', '--name', ROOM, '--secret', SECRET, '--secret-file', secretFile()], 2, 'Give --secret or --secret-file, not both.'],
      [['room', 'join', '--invite-file', secretFile(), '--name', ROOM], 2, 'Give either --invite, or --name and --secret, not both.'],
      [['serve', '--secret-file', secretFile()], 2, '--room and --secret (or --secret-file) go together.'],
      [['serve', '--room', ROOM], 2, "--room needs the room's secret: --secret-file FILE, or the HOLDFAST_ROOM_SECRET environment variable."],
    ];
    for (const [args, code, message] of cases) {
      const run = await cli([...args, '--data', dataDir]);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    }
  });

  it('says how to keep the secret out of ps in the usage of serve and room join', async () => {
    for (const args of [['serve', '--help'], ['room', 'join', '--help']]) {
      const run = await cli(args);
      expect(run.stdout, args.join(' ')).toMatch(/--secret-file FILE/);
      expect(run.stdout).toMatch(/HOLDFAST_ROOM_SECRET/);
      expect(run.stdout).toMatch(/other users of this machine can read them in ps/);
    }
  });
});
