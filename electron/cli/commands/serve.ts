import os from 'node:os';
import { HoldfastFailure } from '../../../shared/result.js';
import { peerAddressSchema, roomNameSchema, roomSecretSchema } from '../../../shared/room/invite.js';
import { printable } from '../../../shared/text/printable.js';
import { defaultDataDir } from '../../data-dir.js';
import { newIdentitySentence } from '../../../shared/room/identity-words.js';
import { whoIsAtHeadlessPeer } from '../../../shared/room/who-is-at.js';
import { WarRoomHost } from '../../host/host.js';
import { DEFAULT_PORT, startServer } from '../../serve/server.js';
import { SignedIn } from '../../serve/signed-in.js';
import { RoomNetwork } from '../../sync/room-network.js';
import { DEFAULT_SYNC_PORT } from '../../sync/sync-listener.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import {
  ROOM_CREDENTIAL_OPTIONS,
  ROOM_INVITE,
  ROOM_INVITE_ENV,
  ROOM_SECRET,
  ROOM_SECRET_ENV,
  fromCommandLine,
  fromCommandLineOrEnvironment,
  fromEnvironment,
  isGiven,
} from '../room-secret-input.js';

/** Shifts this peer's clock, to rehearse (and test) a laptop whose clock is wrong. */
export const CLOCK_SKEW_ENV = 'HOLDFAST_CLOCK_SKEW_MS';

function portOption(value: string | undefined, fallback: number, flag: string): number {
  const port = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`${flag} must be a number from 0 to 65535, not ${value}.`);
  return port;
}

function parsed<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(result.error.issues[0]?.message ?? `${value} is not valid.`);
  return result.data;
}

/**
 * The room to join as the peer starts, if any: --room with its secret, or an
 * invite. The environment fills in what the command line leaves out, so the
 * secret need never be in the peer's arguments for its whole life.
 */
function roomToJoin(
  values: { room?: string; secret?: string; 'secret-file'?: string; invite?: string; 'invite-file'?: string },
  io: CliIo,
): { invite: string | undefined; named: { room: string; secret: string } | undefined } {
  const secretGiven = { value: values.secret, file: values['secret-file'] };
  const invite = fromCommandLine(ROOM_INVITE, { value: values.invite, file: values['invite-file'] }, io);
  if (values.room === undefined) {
    if (isGiven(secretGiven)) throw new UsageError('--room and --secret (or --secret-file) go together.');
    return { invite: invite ?? fromEnvironment(ROOM_INVITE, io), named: undefined };
  }
  const secret = fromCommandLineOrEnvironment(ROOM_SECRET, secretGiven, io);
  if (secret === undefined) {
    throw new UsageError(`--room needs the room's secret: --secret-file FILE, or the ${ROOM_SECRET_ENV} environment variable.`);
  }
  return { invite, named: { room: values.room, secret } };
}

function clockOf(io: CliIo): () => number {
  const skew = Number(io.env[CLOCK_SKEW_ENV] ?? 0);
  if (!Number.isFinite(skew)) throw new UsageError(`${CLOCK_SKEW_ENV} must be a number of milliseconds.`);
  return skew === 0 ? Date.now : () => Date.now() + skew;
}

export const serveCommand: Command = {
  name: 'serve',
  usage:
    `holdfast serve [--data DIR] [--port N] [--room NAME --secret-file FILE | --invite-file FILE] [--peer HOST:PORT ...] ` +
    `[--sync-port N] [--listen ADDRESS] [--no-discovery]   (UI port ${DEFAULT_PORT}, sync port ${DEFAULT_SYNC_PORT}; 0 picks a free one. ` +
    `The secret or invite can also come from ${ROOM_SECRET_ENV} or ${ROOM_INVITE_ENV}; --secret SECRET and --invite CODE still work, ` +
    'but other users of this machine can read them in ps while the peer runs)',
  summary: 'Run the headless peer: the UI and API on 127.0.0.1, and sync with the room on the LAN.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...DATA_OPTION,
      port: { type: 'string' },
      room: { type: 'string' },
      ...ROOM_CREDENTIAL_OPTIONS,
      peer: { type: 'string', multiple: true },
      'sync-port': { type: 'string' },
      listen: { type: 'string' },
      'no-discovery': { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
    const port = portOption(values.port, DEFAULT_PORT, '--port');
    const syncPort = portOption(values['sync-port'], DEFAULT_SYNC_PORT, '--sync-port');
    const { invite, named } = roomToJoin(values, io);
    const peers = (values.peer ?? []).map((address) => parsed(peerAddressSchema, address));
    const now = clockOf(io);

    const dataDir = values.data ?? defaultDataDir(io.env);
    const host = WarRoomHost.open({ dataDir, now });
    if (host.renewedIdentity) io.out(newIdentitySentence(host.renewedIdentity));
    let network: RoomNetwork | null = null;
    let server;
    const signedIn = new SignedIn();
    signedIn.onChange(() => network?.presenceChanged());
    try {
      const room = host.room;
      if (invite !== undefined) room.joinByInvite(invite);
      if (named !== undefined) room.join(parsed(roomNameSchema, named.room), parsed(roomSecretSchema, named.secret));
      for (const address of peers) room.addPeer(address);
      server = await startServer({ host, port, signedIn });
      network = await RoomNetwork.start({
        laptop: host.sync,
        syncPort,
        bindAddress: values.listen ?? '0.0.0.0',
        discovery: !values['no-discovery'],
        // The people signed in through this peer's browsers; the machine only while nobody is.
        person: () => whoIsAtHeadlessPeer(signedIn.names(), os.hostname()),
        now,
        log: (line) => io.out(`sync: ${printable(line)}`),
      });
    } catch (error) {
      await network?.stop();
      await server?.close();
      host.close();
      throw error instanceof UsageError || error instanceof HoldfastFailure ? error : new HoldfastFailure('unavailable', (error as Error).message);
    }
    io.out(`Holdfast is running as a headless peer on ${dataDir}`);
    io.out(`Open ${server.openUrl} in a browser.`);
    io.out('That address carries the key that lets a browser into this war room: keep it to yourself.');
    const membership = host.room.membership();
    if (!membership) {
      io.out(`Not in a room yet: create or join one in the UI, or pass --room NAME with --secret-file FILE (or ${ROOM_SECRET_ENV}), or --invite-file FILE.`);
    }

    const running = { server, network };
    return new Promise<number>((resolve) => {
      const stop = () => {
        void running.network.stop().then(async () => {
          await running.server.close();
          host.close();
          resolve(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
