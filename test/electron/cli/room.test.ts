/**
 * `holdfast room` from a terminal: making and joining a room, the peers
 * added by hand, carrying the war room on a file to a laptop with no
 * network, and the coordinator's decisions about other laptops.
 *
 * Most runs are in-process (runCli with captured output, fast); the ones
 * that prove the installed command, its exit codes or file permissions run
 * `bin/holdfast.js` as a real process.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { findDevice } from '../../../electron/cli/commands/room-devices.js';
import { runCli } from '../../../electron/cli/main.js';
import type { SignedEvent } from '../../../shared/events.js';
import { ROOM_FILE_FORMAT } from '../../../electron/room/room-file.js';
import { sealRoomFile } from '../../../electron/room/room-file-seal.js';
import { roomKeys } from '../../../electron/room/room-keys.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { HOLDFAST_BIN, REPO_ROOT, childEnv, holdfast, type Finished, type RunOptions } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

/** `holdfast ARGS` in this process, as the terminal would show it. */
async function cli(args: readonly string[]): Promise<Finished> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli([...args], {
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    env: { XDG_DATA_HOME: '/dev/null/no-default-data-in-tests' },
  });
  const text = (lines: string[]) => (lines.length === 0 ? '' : lines.join('\n') + '\n');
  return { code, signal: null, stdout: text(stdout), stderr: text(stderr) };
}

async function succeeded(args: readonly string[]): Promise<string> {
  const run = await cli(args);
  expect(run.code, `holdfast ${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

/** The value printed after "Label:" on its own line. */
function field(output: string, label: string): string {
  const match = new RegExp(`^${label}:\\s+(.+)$`, 'm').exec(output);
  if (!match) throw new Error(`No "${label}:" line in:\n${output}`);
  return match[1]!;
}

/** A war room in a fresh folder with one incident and two notes on it, written by the terminal. */
async function warRoomWithNotes(): Promise<{ dataDir: string; incidentId: string }> {
  const dataDir = folders.make();
  const declared = await succeeded(['declare', 'Checkout is down', '--severity', 'SEV1', '--data', dataDir]);
  const incidentId = declared.trimEnd().split('\n').at(-1)!;
  await succeeded(['note', 'Failed over db-1 to db-2', '--kind', 'action', '--data', dataDir]);
  await succeeded(['note', 'Card payments recovering', '--data', dataDir]);
  return { dataDir, incidentId };
}

const ROOM = 'Checkout outage';

/** A war room with notes in a room of its own; `secret` lets other folders join the same room. */
async function roomWithNotes(): Promise<{ dataDir: string; incidentId: string; secret: string }> {
  const warRoom = await warRoomWithNotes();
  const created = await succeeded(['room', 'create', ROOM, '--no-qr', '--data', warRoom.dataDir]);
  return { ...warRoom, secret: field(created, 'Secret') };
}

/** A fresh folder in room `name`, joined by its name and secret (no addresses: nothing to sync with but files). */
async function laptopInRoom(secret: string, name = ROOM): Promise<string> {
  const dataDir = folders.make();
  await succeeded(['room', 'join', '--name', name, '--secret', secret, '--data', dataDir]);
  return dataDir;
}

/** What `holdfast room export` wrote, and how many events it said. */
async function exported(dataDir: string, file = path.join(folders.make(), 'war-room.holdfast-room')): Promise<{ file: string; events: number }> {
  const output = await succeeded(['room', 'export', file, '--data', dataDir]);
  const match = /^Wrote (\d+) events to (.+)$/m.exec(output);
  expect(match?.[2]).toBe(file);
  return { file, events: Number(match![1]) };
}

/** The numbers in "N events in the file: A new, H already held, Q held back ..., R refused ...". */
function importCounts(output: string): number[] {
  const match = /^(\d+) events? in the file: (\d+) new, (\d+) already held, (\d+) held back \(stamped in the future\), (\d+) refused \(removed devices\)$/m.exec(output);
  if (!match) throw new Error(`No import summary in:\n${output}`);
  return match.slice(1).map(Number);
}

const eventsHeld = (dataDir: string): number => {
  const host = hosts.openOn(dataDir);
  try {
    return Object.values(host.store.log.versionVector()).reduce((sum, seq) => sum + seq, 0);
  } finally {
    hosts.close(host);
  }
};

const deviceOf = async (dataDir: string) => field(await succeeded(['room', 'show', '--data', dataDir]), 'This laptop');

describe('holdfast room create and join', () => {
  it('creates a room whose invite lets a second laptop join the same room, with the same secret', async () => {
    const first = folders.make();
    const second = folders.make();

    const created = await holdfast(['room', 'create', 'Checkout outage', '--no-qr', '--data', first]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^Created room "Checkout outage"\.$/m);
    const secret = field(created.stdout, 'Secret');
    expect(secret).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){4}$/);
    const invite = field(created.stdout, 'Invite');

    const joined = await holdfast(['room', 'join', '--invite', invite, '--data', second]);
    expect(joined.code, joined.stderr).toBe(0);
    expect(joined.stdout).toMatch(/^Joined room "Checkout outage"\.$/m);

    for (const dataDir of [first, second]) {
      const shown = await succeeded(['room', 'show', '--data', dataDir]);
      expect(field(shown, 'Room')).toBe('Checkout outage');
      expect(field(shown, 'Secret')).toBe(secret);
    }
  });

  it('prints the invite as a QR code in the terminal, unless told not to', async () => {
    const created = await succeeded(['room', 'create', 'Payments war room', '--data', folders.make()]);
    const qr = (await QRCode.toString(field(created, 'Invite'), { type: 'terminal', small: true })).trimEnd();
    expect(created).toContain(qr);

    const quiet = await succeeded(['room', 'create', 'Payments war room', '--no-qr', '--data', folders.make()]);
    expect(quiet).not.toMatch(/[▀▄█]/);
  });

  it('joins by a name and secret read aloud, typed with capitals, spaces and no dashes', async () => {
    const first = folders.make();
    const secret = field(await succeeded(['room', 'create', 'DNS outage', '--no-qr', '--data', first]), 'Secret');
    const typed = secret.replace(/-/g, ' ').toUpperCase();
    const second = folders.make();

    await succeeded(['room', 'join', '--name', '  DNS outage ', '--secret', typed, '--data', second]);

    const shown = await succeeded(['room', 'show', '--data', second]);
    expect(field(shown, 'Room')).toBe('DNS outage');
    expect(field(shown, 'Secret')).toBe(secret);
  });

  it('refuses to switch a laptop to another room before it leaves the one it is in', async () => {
    const dataDir = folders.make();
    const secret = field(await succeeded(['room', 'create', 'First room', '--no-qr', '--data', dataDir]), 'Secret');
    const otherInvite = field(await succeeded(['room', 'create', 'Second room', '--no-qr', '--data', folders.make()]), 'Invite');

    for (const args of [
      ['room', 'create', 'Another room'],
      ['room', 'join', '--invite', otherInvite],
    ]) {
      const run = await cli([...args, '--data', dataDir]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/already in room "First room"\. Leave it first with `holdfast room leave`/);
    }
    // The same room again is fine: nothing to switch.
    expect(await succeeded(['room', 'join', '--name', 'First room', '--secret', secret, '--data', dataDir])).toMatch(/already in room "First room"/);
    expect(field(await succeeded(['room', 'show', '--data', dataDir]), 'Secret')).toBe(secret);
  });

  it('refuses a damaged invite, a short secret and a mistyped command with sentences, and joins nothing', async () => {
    const dataDir = folders.make();
    const mistakes: [string[], number, RegExp][] = [
      [['room', 'join', '--invite', 'HOLDFAST1.abc'], 1, /invite code is damaged/],
      [['room', 'join', '--invite', 'https://example.com/join'], 1, /not a Holdfast invite code/],
      [['room', 'join', '--name', 'Outage', '--secret', 'abc-def'], 1, /room secret is too short/],
      [['room', 'join', '--name', 'Outage'], 2, /--invite CODE, or the room name and secret/],
      [['room', 'join', '--invite', 'HOLDFAST1.x', '--name', 'Outage', '--secret', 'abcdefghijklmnop'], 2, /either --invite, or --name and --secret/],
      [['room', 'create'], 2, /Give the room name as one quoted argument/],
      [['room', 'create', '   '], 1, /room name cannot be empty/],
      [['room'], 2, /Say what to do with the room: create, join, show/],
      [['room', 'destroy'], 2, /Unknown room command "destroy"/],
    ];
    for (const [args, code, message] of mistakes) {
      const run = await cli([...args, '--data', dataDir]);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stderr).toMatch(message);
      if (code === 2) expect(run.stderr).toMatch(/Usage: holdfast room create "NAME"[^]*holdfast room let-in DEVICE/);
      expect(run.stdout).toBe('');
    }
    expect(await succeeded(['room', 'show', '--data', dataDir])).toMatch(/not in a room/);
  });
});

describe('holdfast room show, leave and the peers added by hand', () => {
  it('says so when the laptop is in no room, and exits 0', async () => {
    const shown = await succeeded(['room', 'show', '--data', folders.make()]);
    expect(shown).toMatch(/^This laptop is not in a room\. Create one with `holdfast room create "NAME"`/m);
    expect(shown).not.toMatch(/^Secret:/m);
  });

  it('adds, lists and forgets peers by address, refusing ones that are not host:port', async () => {
    const dataDir = folders.make();
    await succeeded(['room', 'create', 'Checkout outage', '--no-qr', '--data', dataDir]);

    expect(await succeeded(['room', 'add-peer', '192.168.1.20:4781', '--data', dataDir])).toMatch(/^Added peer 192\.168\.1\.20:4781/m);
    await succeeded(['room', 'add-peer', 'ops-laptop.local:4781', '--data', dataDir]);
    expect(await succeeded(['room', 'add-peer', '192.168.1.20:4781', '--data', dataDir])).toMatch(/already among the peers added by hand/);
    const bad = await cli(['room', 'add-peer', '192.168.1.20', '--data', dataDir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/A peer address is host:port/);

    const listed = await succeeded(['room', 'show', '--data', dataDir]);
    expect(listed).toContain('Peers added by hand:\n  192.168.1.20:4781\n  ops-laptop.local:4781\n');

    expect(await succeeded(['room', 'forget-peer', '192.168.1.20:4781', '--data', dataDir])).toMatch(/^Forgot peer 192\.168\.1\.20:4781\.$/m);
    const unknown = await cli(['room', 'forget-peer', '10.0.0.9:4781', '--data', dataDir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/10\.0\.0\.9:4781 is not among the peers added by hand/);
    expect(await succeeded(['room', 'show', '--data', dataDir])).toContain('Peers added by hand:\n  ops-laptop.local:4781\n');
  });

  it('refuses to add a peer before the laptop is in a room, saying how to join one', async () => {
    const dataDir = folders.make();

    const run = await cli(['room', 'add-peer', '192.168.1.20:4781', '--data', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Join or create a room first \(`holdfast room join --invite CODE` or `holdfast room create "NAME"`\)/);
    expect(run.stdout).toBe('');
    await succeeded(['room', 'create', 'Checkout outage', '--no-qr', '--data', dataDir]);
    expect(await succeeded(['room', 'show', '--data', dataDir])).toMatch(/^Peers added by hand: none$/m);
  });

  it('forgets the peers added by hand on leaving, so a room joined next does not call them', async () => {
    const dataDir = folders.make();
    await succeeded(['room', 'create', 'Checkout outage', '--no-qr', '--data', dataDir]);
    await succeeded(['room', 'add-peer', '192.168.1.20:4781', '--data', dataDir]);
    await succeeded(['room', 'leave', '--data', dataDir]);
    const invite = field(await succeeded(['room', 'create', 'DNS outage', '--no-qr', '--data', folders.make()]), 'Invite');

    const joined = await succeeded(['room', 'join', '--invite', invite, '--data', dataDir]);

    expect(joined).not.toMatch(/192\.168\.1\.20/);
    expect(await succeeded(['room', 'show', '--data', dataDir])).toMatch(/^Peers added by hand: none$/m);
  });

  it('leaves the room, forgetting its secret but keeping everything recorded', async () => {
    const { dataDir } = await warRoomWithNotes();
    await succeeded(['room', 'create', 'Checkout outage', '--no-qr', '--data', dataDir]);

    expect(await succeeded(['room', 'leave', '--data', dataDir])).toMatch(/^Left room "Checkout outage"\. Everything recorded here stays/m);

    const shown = await succeeded(['room', 'show', '--data', dataDir]);
    expect(shown).toMatch(/not in a room/);
    expect(shown).not.toMatch(/^Secret:/m);
    expect(await succeeded(['incidents', '--data', dataDir])).toContain('Checkout is down');
    expect(await succeeded(['room', 'leave', '--data', dataDir])).toMatch(/not in a room; there is nothing to leave/);
  });
});

describe('holdfast room export and import', () => {
  it('carries the war room to an empty laptop in the same room, which then lists the same incidents; importing again adds nothing', async () => {
    const { dataDir: first, secret } = await roomWithNotes();
    const { file, events } = await exported(first);
    expect(events).toBe(eventsHeld(first));
    const second = await laptopInRoom(secret);

    const imported = await holdfast(['room', 'import', file, '--data', second]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(importCounts(imported.stdout)).toEqual([events, events, 0, 0, 0]);
    expect(imported.stderr).toBe('');

    const listing = async (dataDir: string) => {
      const run = await holdfast(['incidents', '--json', '--data', dataDir]);
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout) as unknown[];
    };
    const listed = await listing(second);
    expect(listed).toHaveLength(1);
    expect(listed).toEqual(await listing(first));
    expect(eventsHeld(second)).toBe(events);

    expect(importCounts(await succeeded(['room', 'import', file, '--data', second]))).toEqual([events, 0, events, 0, 0]);
    expect(eventsHeld(second)).toBe(events);
  });

  it('says the file is sealed for the room, and nothing in it is readable without the secret', async () => {
    const { dataDir } = await roomWithNotes();
    const file = path.join(folders.make(), 'war-room.holdfast-room');

    const output = await succeeded(['room', 'export', file, '--data', dataDir]);

    expect(output).toMatch(/^Sealed with the secret of room "Checkout outage": only a laptop in that room can import it\.$/m);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('Card payments recovering');
    expect(JSON.parse(text.split('\n')[0]!)).toMatchObject({ format: ROOM_FILE_FORMAT, version: 2, room: ROOM });
  });

  it('refuses to export outside a room, saying how to create or join one', async () => {
    const { dataDir } = await warRoomWithNotes();
    const stick = folders.make();

    const run = await cli(['room', 'export', stick, '--data', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'holdfast room: Create or join a room first (`holdfast room create "NAME"` or `holdfast room join --invite CODE`): ' +
        "a room file is sealed with the room's secret, so that only laptops in the room can import it.\n",
    );
    expect(fs.readdirSync(stick)).toEqual([]);
  });

  it('writes into a folder given instead of a file, under the name the room suggests', async () => {
    const { dataDir } = await roomWithNotes();
    const stick = folders.make();

    const output = await succeeded(['room', 'export', stick, '--data', dataDir]);

    expect(fs.readdirSync(stick)).toEqual([expect.stringMatching(/^checkout-outage-\d{4}-\d\d-\d\d-\d\d-\d\d\.holdfast-room$/)]);
    expect(output).toContain(`to ${path.join(stick, fs.readdirSync(stick)[0]!)}`);
  });

  it('replaces an older export in place', async () => {
    const { dataDir, secret } = await roomWithNotes();
    const { file, events } = await exported(dataDir);
    await succeeded(['note', 'One more note', '--data', dataDir]);

    expect((await exported(dataDir, file)).events).toBe(events + 1);

    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    const elsewhere = await laptopInRoom(secret);
    await succeeded(['room', 'import', file, '--data', elsewhere]);
    expect(await succeeded(['export', '--data', elsewhere])).toContain('One more note');
  });

  it('refuses a file with one byte changed, in its events or in its header, and stores nothing', async () => {
    const { dataDir, secret } = await roomWithNotes();
    const { file } = await exported(dataDir);
    const bytes = fs.readFileSync(file);
    const headerEnds = bytes.indexOf(0x0a);
    const target = await laptopInRoom(secret);

    // A byte of the sealed events, a digit of the time it was exported, the salt.
    const exportedAt = bytes.indexOf('"exportedAt":') + '"exportedAt":'.length + 3;
    const salt = bytes.indexOf('"salt":"') + '"salt":"'.length + 5;
    for (const at of [headerEnds + 30, bytes.length - 10, exportedAt, salt]) {
      const changed = Buffer.from(bytes);
      // Another digit for a digit, another letter for a letter: still JSON, still base64.
      const isDigit = changed[at]! >= 0x30 && changed[at]! <= 0x39;
      changed[at] = isDigit ? (changed[at] === 0x30 ? 0x31 : 0x30) : changed[at] === 0x41 ? 0x42 : 0x41;
      fs.writeFileSync(file, changed);

      const run = await cli(['room', 'import', file, '--data', target]);

      expect(run.code, `byte ${at}`).toBe(1);
      expect(run.stderr, `byte ${at}`).toMatch(/^holdfast room: .*(changed after it was sealed|another secret).* Nothing was imported/);
      expect(run.stdout).toBe('');
    }
    expect(eventsHeld(target)).toBe(0);
    fs.writeFileSync(file, bytes);
    expect(importCounts(await succeeded(['room', 'import', file, '--data', target]))[1]).toBe(eventsHeld(dataDir));
  });

  it('says a file cut short is truncated, wherever it was cut, and stores nothing', async () => {
    const { dataDir, secret } = await roomWithNotes();
    const { file } = await exported(dataDir);
    const bytes = fs.readFileSync(file);
    const headerEnds = bytes.indexOf(0x0a);
    const target = await laptopInRoom(secret);

    // A stick pulled out inside the header, just after it, half-way through, and one character before the end.
    for (const cut of [headerEnds - 40, headerEnds + 1, Math.floor(bytes.length / 2), bytes.length - 2]) {
      fs.writeFileSync(file, bytes.subarray(0, cut));

      const run = await cli(['room', 'import', file, '--data', target]);

      expect(run.code, `cut at ${cut}`).toBe(1);
      expect(run.stderr, `cut at ${cut}`).toMatch(/^holdfast room: The room file is truncated: (it ends inside its header|it holds \d+ of the \d+ bytes sealed in it)/);
      expect(run.stderr).toMatch(/Nothing was imported; copy the file again, or export the room again\.\n$/);
    }
    expect(eventsHeld(target)).toBe(0);
  });

  it('refuses a file from another room, naming it, and stores nothing', async () => {
    const { dataDir } = await roomWithNotes();
    const { file } = await exported(dataDir);
    const target = folders.make();
    await succeeded(['room', 'create', 'Payments outage', '--no-qr', '--data', target]);

    const run = await cli(['room', 'import', file, '--data', target]);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'holdfast room: This room file was sealed in room "Checkout outage", but this laptop is in room "Payments outage": ' +
        'only a laptop in "Checkout outage" can open it. Nothing was imported.\n',
    );
    expect(eventsHeld(target)).toBe(0);
  });

  it('refuses a file from a room of the same name with another secret, and stores nothing', async () => {
    const { dataDir } = await roomWithNotes();
    const { file } = await exported(dataDir);
    const target = folders.make();
    await succeeded(['room', 'create', ROOM, '--no-qr', '--data', target]);

    const run = await cli(['room', 'import', file, '--data', target]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^holdfast room: This room file was sealed in a room named "Checkout outage" but with another secret than the one this laptop holds/);
    expect(eventsHeld(target)).toBe(0);
  });

  it('refuses a file on a laptop in no room, saying which room to join', async () => {
    const { dataDir } = await roomWithNotes();
    const { file } = await exported(dataDir);
    const target = folders.make();

    const run = await cli(['room', 'import', file, '--data', target]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Join "Checkout outage" first \(with its invite code, or its name and secret\), then import the file\. Nothing was imported\./);
    expect(eventsHeld(target)).toBe(0);
  });

  it('refuses an old unsealed room file, saying to export it again with this version where it came from', async () => {
    const { secret } = await roomWithNotes();
    const file = path.join(folders.make(), 'old.holdfast-room');
    const events = incidentFrom(new SimulatedLaptop('Dana', Date.now), 2);
    const header = { format: ROOM_FILE_FORMAT, version: 1, room: ROOM, exportedAt: Date.now(), events: events.length };
    fs.writeFileSync(file, [header, ...events].map((line) => JSON.stringify(line)).join('\n') + '\n');
    const target = await laptopInRoom(secret);

    const run = await cli(['room', 'import', file, '--data', target]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^holdfast room: This room file was written by an older Holdfast \(format 1\) and is not sealed with the room's secret/);
    expect(run.stderr).toMatch(/On the laptop it came from, update Holdfast and export the room again \(.*`holdfast room export FILE`\), then import that file\./);
    expect(eventsHeld(target)).toBe(0);
  });

  it('says when a file is missing, is a folder, or is not a room file at all', async () => {
    const { dataDir, incidentId } = await warRoomWithNotes();
    const elsewhere = folders.make();
    const incidentJson = path.join(elsewhere, 'incident.json');
    await succeeded(['export', '--incident', incidentId, '--out', incidentJson, '--data', dataDir]);
    const empty = path.join(elsewhere, 'empty.holdfast-room');
    fs.writeFileSync(empty, '');
    const missing = path.join(elsewhere, 'nothing-here.holdfast-room');

    const cases: [string, RegExp][] = [
      [missing, new RegExp(`There is no file ${missing}\\.`)],
      [elsewhere, /is a folder; name the room file inside it/],
      [incidentJson, /This is not a Holdfast room file \(line 1 should be its header\)\./],
      [empty, /The room file is empty\./],
    ];
    const target = folders.make();
    for (const [file, message] of cases) {
      const run = await cli(['room', 'import', file, '--data', target]);
      expect(run.code, file).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
    expect(eventsHeld(target)).toBe(0);
  });

  it('says when the folder to write to does not exist, and leaves nothing behind', async () => {
    const { dataDir } = await roomWithNotes();
    const parent = folders.make();
    const file = path.join(parent, 'no-such-folder', 'war-room.holdfast-room');

    const run = await cli(['room', 'export', file, '--data', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot write .*: the folder .*no-such-folder does not exist\. Nothing was written\./);
    expect(fs.readdirSync(parent)).toEqual([]);
  });
});

describe('a room file from a device that never held the room secret (issue 12)', () => {
  /** The attack: one event signed by a key made a minute ago, removing the laptop that imports it. */
  async function attack(write: (file: string, removal: SignedEvent) => void): Promise<void> {
    const { dataDir } = await roomWithNotes();
    const before = eventsHeld(dataDir);
    const stranger = new SimulatedLaptop('Stranger', Date.now);
    const removal = stranger.record('room.device_removed', { device: await deviceOf(dataDir), upToSeq: 0, reason: 'gone' });
    const file = path.join(folders.make(), 'from-a-stranger.holdfast-room');
    write(file, removal);

    const run = await holdfast(['room', 'import', file, '--data', dataDir]);

    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Nothing was imported|nothing was imported/);
    expect(eventsHeld(dataDir)).toBe(before);
    const shown = await succeeded(['room', 'show', '--data', dataDir]);
    expect(shown).not.toContain(stranger.device);
    expect(shown).not.toMatch(/This laptop was removed from the room/);
  }

  it('is refused written as the old unsealed format, and removes nobody', async () => {
    await attack((file, removal) => {
      const header = { format: ROOM_FILE_FORMAT, version: 1, room: ROOM, exportedAt: Date.now(), events: 1 };
      fs.writeFileSync(file, `${JSON.stringify(header)}\n${JSON.stringify(removal)}\n`);
    });
  });

  it('is refused sealed with a secret the stranger made up for a room of the same name, and removes nobody', async () => {
    await attack((file, removal) => {
      const guessed = { name: ROOM, psk: roomKeys(ROOM, 'made-up-by-the-stranger').psk };
      fs.writeFileSync(file, sealRoomFile(Buffer.from(JSON.stringify(removal) + '\n'), guessed, { exportedAt: Date.now(), events: 1 }));
    });
  });
});

const NOBODY = 65_534;
const runningAsRoot = process.getuid?.() === 0;

/**
 * A data folder the CLI may use, beside a folder it may not write to. Root
 * ignores permission bits, so as root the data folder is handed to 'nobody'
 * and the CLI runs as 'nobody'; otherwise the target is made read-only.
 */
function readOnlyTarget(dataDir: string): { target: string; as: RunOptions } {
  const target = folders.make();
  if (runningAsRoot) {
    for (const entry of [dataDir, ...fs.readdirSync(dataDir).map((name) => path.join(dataDir, name))]) fs.chownSync(entry, NOBODY, NOBODY);
    fs.chmodSync(target, 0o755);
    return { target, as: { uid: NOBODY, gid: NOBODY } };
  }
  fs.chmodSync(target, 0o555);
  return { target, as: {} };
}

describe('holdfast room export to a place it cannot write', () => {
  it('fails with a sentence saying the folder is read-only, and leaves no partial file there', async () => {
    const { dataDir } = await roomWithNotes();
    const { target, as } = readOnlyTarget(dataDir);
    const file = path.join(target, 'war-room.holdfast-room');

    try {
      const run = await holdfast(['room', 'export', file, '--data', dataDir], as);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Cannot write .*: the folder .* is read-only or not yours to write to\. Nothing was written/);
      expect(run.stdout).toBe('');
      expect(fs.readdirSync(target)).toEqual([]);
    } finally {
      fs.chmodSync(target, 0o755);
    }
  });
});

/**
 * `holdfast ARGS` with the size of any file it writes capped by the shell's
 * `ulimit -f` (512- or 1024-byte blocks, by shell): a write past the cap
 * fails half-way, as on a stick that fills up or a FAT32 file-size limit.
 */
function holdfastWithFileSizeCap(blocks: number, args: readonly string[]): Promise<Finished> {
  const child = spawn('sh', ['-c', `ulimit -f ${blocks} && exec "$0" "$@"`, process.execPath, HOLDFAST_BIN, ...args], {
    cwd: REPO_ROOT,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('holdfast room export cut short half-way', () => {
  it('leaves the previous export byte for byte, and no partial file beside it', async () => {
    const { dataDir, incidentId } = await roomWithNotes();
    const { file } = await exported(dataDir);
    const previous = fs.readFileSync(file);
    // Enough notes that the new export is well past the cap (128 blocks: 64 or 128 KiB).
    const host = hosts.openOn(dataDir);
    for (let i = 0; i < 400; i++) expectOk(host.run('addEntry', { incidentId, text: `Log excerpt ${i}: ${'connection reset by peer; '.repeat(12)}` }));
    hosts.close(host);

    const run = await holdfastWithFileSizeCap(128, ['room', 'export', file, '--data', dataDir]);

    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toMatch(/Cannot write .*: the file is too large for the disk holding .*\. Nothing was left half-written\./);
    expect(fs.readFileSync(file).equals(previous)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });
});

/** Writes a room file holding `events` as another laptop in the room (whose secret is `secret`) would have exported them. */
function roomFileOf(events: readonly SignedEvent[], secret: string): string {
  const file = path.join(folders.make(), 'from-elsewhere.holdfast-room');
  const lines = Buffer.from(events.map((event) => JSON.stringify(event)).join('\n') + '\n');
  fs.writeFileSync(file, sealRoomFile(lines, { name: ROOM, psk: roomKeys(ROOM, secret).psk }, { exportedAt: Date.now(), events: events.length }));
  return file;
}

function incidentFrom(laptop: SimulatedLaptop, notes: number): SignedEvent[] {
  const events = [laptop.record('incident.declared', { incidentId: 'vpn-outage', title: 'VPN concentrator down', severity: 'SEV2', summary: '' })];
  for (let i = 1; i <= notes; i++) {
    events.push(laptop.record('timeline.noted', { incidentId: 'vpn-outage', entryId: `vpn-note-${i}`, kind: 'note', text: `VPN note ${i}`, happenedAt: null }));
  }
  return events;
}

describe('holdfast room remove-device and let-in', () => {
  it("removes a device named by the start of its id: what it wrote stays, what it writes afterwards is refused", async () => {
    const { dataDir: coordinator, secret } = await roomWithNotes();
    const lost = new SimulatedLaptop('Lost laptop', Date.now);
    const before = incidentFrom(lost, 2);
    await succeeded(['room', 'import', roomFileOf(before, secret), '--data', coordinator]);
    expect(await succeeded(['room', 'show', '--data', coordinator])).toContain(`  ${lost.device} (Lost laptop): 3 events\n`);

    const removed = await succeeded(['room', 'remove-device', lost.device.slice(0, 6), '--reason', 'Left in a taxi', '--data', coordinator]);
    expect(removed).toMatch(new RegExp(`^Removed device ${lost.device} \\(Lost laptop\\) from the room: Left in a taxi$`, 'm'));

    const shown = await succeeded(['room', 'show', '--data', coordinator]);
    expect(shown).toMatch(new RegExp(`^Removed devices:\\n  ${lost.device} \\(Lost laptop\\): removed by \\S+ on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC: Left in a taxi \\(its first 3 events kept\\)$`, 'm'));
    const later = lost.record('timeline.noted', { incidentId: 'vpn-outage', entryId: 'found-it', kind: 'note', text: 'Written by whoever found it', happenedAt: null });
    expect(importCounts(await succeeded(['room', 'import', roomFileOf([...before, later], secret), '--data', coordinator]))).toEqual([4, 0, 3, 0, 1]);
    expect(await succeeded(['export', '--incident', 'vpn-outage', '--data', coordinator])).not.toContain('Written by whoever found it');
  });

  it('refuses a prefix that is too short, unknown, this laptop itself, or already removed, and a removal without a reason', async () => {
    const { dataDir, secret } = await roomWithNotes();
    const lost = new SimulatedLaptop('Lost laptop', Date.now);
    await succeeded(['room', 'import', roomFileOf(incidentFrom(lost, 0), secret), '--data', dataDir]);
    const own = await deviceOf(dataDir);
    const unknown = lost.device.startsWith('zzzz') ? 'yyyy' : 'zzzz';

    const mistakes: [string[], number, RegExp][] = [
      [[lost.device.slice(0, 3), '--reason', 'Lost'], 1, /Type at least 4 characters of the device id/],
      [[unknown, '--reason', 'Lost'], 1, new RegExp(`No device whose id starts with ${unknown} is in the log here`)],
      [[own.slice(0, 8), '--reason', 'Oops'], 1, /cannot remove itself from the room; leave the room instead/],
      [[lost.device.slice(0, 8)], 2, /Say why the device is removed, with --reason TEXT/],
      [[lost.device.slice(0, 8), '--reason', '  '], 1, /Say why this device is removed/],
    ];
    for (const [args, code, message] of mistakes) {
      const run = await cli(['room', 'remove-device', ...args, '--data', dataDir]);
      expect(run.code, args.join(' ')).toBe(code);
      expect(run.stderr).toMatch(message);
    }
    expect(await succeeded(['room', 'show', '--data', dataDir])).toMatch(/^Removed devices: none$/m);

    await succeeded(['room', 'remove-device', lost.device, '--reason', 'Lost', '--data', dataDir]);
    const twice = await cli(['room', 'remove-device', lost.device, '--reason', 'Lost again', '--data', dataDir]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already been removed/);
  });

  it("tells a three-character prefix that starts with '-' that it is too short, rather than taking it for an option", async () => {
    const { dataDir, secret } = await roomWithNotes();
    let dashed = new SimulatedLaptop('Dashed laptop', Date.now);
    for (let tries = 0; !dashed.device.startsWith('-') && tries < 10_000; tries++) dashed = new SimulatedLaptop('Dashed laptop', Date.now);
    await succeeded(['room', 'import', roomFileOf(incidentFrom(dashed, 0), secret), '--data', dataDir]);

    const tooShort = await cli(['room', 'remove-device', dashed.device.slice(0, 3), '--reason', 'Lost', '--data', dataDir]);

    expect(tooShort.code, tooShort.stderr).toBe(1);
    expect(tooShort.stderr).toMatch(/Type at least 4 characters of the device id/);
  });

  it("takes a device whose id starts with '-' as the device, not as an option", async () => {
    const { dataDir, secret } = await roomWithNotes();
    let dashed = new SimulatedLaptop('Dashed laptop', Date.now);
    for (let tries = 0; !dashed.device.startsWith('-') && tries < 10_000; tries++) dashed = new SimulatedLaptop('Dashed laptop', Date.now);
    expect(dashed.device.startsWith('-')).toBe(true);
    await succeeded(['room', 'import', roomFileOf(incidentFrom(dashed, 1), secret), '--data', dataDir]);

    const removed = await cli(['room', 'remove-device', dashed.device.slice(0, 7), '--reason', '-- stolen from the car', '--data', dataDir]);

    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toContain(`Removed device ${dashed.device} (Dashed laptop) from the room: -- stolen from the car`);
  });

  it('holds back events stamped a month ahead, shows them, and lets them in when told', async () => {
    const { dataDir, secret } = await roomWithNotes();
    const MONTH = 30 * 24 * 3_600_000;
    // One stamp for all its events, read once: a day taken from the clock again after the import would be the next one when a run crosses midnight.
    const stampedAt = Date.now() + MONTH;
    const fastClock = new SimulatedLaptop('Fast clock', () => stampedAt);
    const file = roomFileOf(incidentFrom(fastClock, 2), secret);

    const imported = await succeeded(['room', 'import', file, '--data', dataDir]);
    expect(importCounts(imported)).toEqual([3, 0, 0, 3, 0]);
    expect(imported).toMatch(/holdfast room let-in DEVICE/);
    const stamped = new Date(stampedAt).toISOString().slice(0, 10);
    const shown = await succeeded(['room', 'show', '--data', dataDir]);
    expect(shown).toMatch(new RegExp(`^Held back \\(stamped in the future\\):\\n  ${fastClock.device} \\(Fast clock\\): 3 events stamped ${stamped} \\d\\d:\\d\\d UTC or later, held back since `, 'm'));
    expect(await succeeded(['incidents', '--data', dataDir])).not.toContain('VPN concentrator down');

    const nothingHeld = await cli(['room', 'let-in', (await deviceOf(dataDir)).slice(0, 8), '--data', dataDir]);
    expect(nothingHeld.code).toBe(1);
    expect(nothingHeld.stderr).toMatch(/is held back here/);

    expect(await succeeded(['room', 'let-in', fastClock.device.slice(0, 5), '--data', dataDir])).toMatch(
      new RegExp(`^Let in 3 events from ${fastClock.device} \\(Fast clock\\)\\.$`, 'm'),
    );
    expect(await succeeded(['incidents', '--data', dataDir])).toContain('VPN concentrator down');
    expect(await succeeded(['room', 'show', '--data', dataDir])).toMatch(/^Held back \(stamped in the future\): none$/m);
  });
});

describe('naming a device by the start of its id', () => {
  const dana = { device: `abcdEF${'x'.repeat(37)}`, person: 'Dana' };
  const sam = { device: `abcdGH${'y'.repeat(37)}`, person: 'Sam' };

  it('refuses a prefix two devices share, naming both so the next try is unambiguous', () => {
    expect(() => findDevice([dana, sam], 'abcd', 'in the log here')).toThrow(
      `abcd matches 2 devices: ${dana.device} (Dana), ${sam.device} (Sam). Type more of the id.`,
    );
    expect(findDevice([dana, sam], 'abcdG', 'in the log here')).toBe(sam.device);
  });

  it('is case-sensitive, as device ids are', () => {
    expect(() => findDevice([dana], 'ABCDEF', 'in the log here')).toThrow(/No device whose id starts with ABCDEF/);
  });
});
