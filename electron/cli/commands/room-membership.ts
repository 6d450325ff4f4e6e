/**
 * Being in a room from the terminal: create, join, show, leave, and the
 * peers added by hand. Each verb is the same API operation the app's room
 * screen uses, and an app or `holdfast serve` running on the same folder
 * notices the change and syncs with it, with no restart.
 */
import QRCode from 'qrcode';
import { HoldfastFailure } from '../../../shared/result.js';
import { decodeInvite, normaliseSecret } from '../../../shared/room/invite.js';
import { printable } from '../../../shared/text/printable.js';
import type { RoomIdentity, RoomView } from '../../../shared/room/views.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs } from '../command.js';
import { valueOf, withCommandHost } from '../open-host.js';
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
import { devicesInLog } from './room-devices.js';
import { describeRoom } from './room-show.js';
import { onlyArgument, type RoomSubcommand } from './room-subcommand.js';

/**
 * Creating or joining a room replaces this laptop's secret, and the old one
 * is not kept anywhere: so switching rooms is a deliberate leave first.
 */
function refuseSwitchingRooms(current: RoomIdentity | null, wanted: { name: string; secret: string } | null): void {
  if (!current) return;
  if (wanted && current.name === wanted.name.trim() && normaliseSecret(current.secret) === normaliseSecret(wanted.secret)) return;
  throw new HoldfastFailure(
    'conflict',
    `This laptop is already in room "${printable(current.name)}". Leave it first with \`holdfast room leave\` (note its secret if you may go back).`,
  );
}

function printIdentity(room: RoomIdentity, io: CliIo): void {
  io.out(`Secret: ${room.secret}`);
  io.out(`Invite: ${room.invite}`);
}

const create: RoomSubcommand = {
  name: 'create',
  usage: 'holdfast room create "NAME" [--no-qr] [--data DIR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...DATA_OPTION, 'no-qr': { type: 'boolean', default: false } });
    const name = onlyArgument(positionals, 'Give the room name as one quoted argument.');
    const view = withCommandHost(values.data, io, (host) => {
      refuseSwitchingRooms(valueOf(host.run('getRoom', {})).room, null);
      return valueOf(host.run('createRoom', { name }));
    });
    const room = view.room!;
    io.out(`Created room "${printable(room.name)}".`);
    printIdentity(room, io);
    if (!values['no-qr']) io.out((await QRCode.toString(room.invite, { type: 'terminal', small: true })).trimEnd());
    io.out('Give the invite (or the name and secret) only to people in the war room: it is all a laptop needs to join.');
    return 0;
  },
};

/** The room an invite names, to compare with the current one; null when the API will refuse it anyway. */
function wantedRoom(invite: string): { name: string; secret: string } | null {
  const decoded = decodeInvite(invite);
  return decoded.ok ? { name: decoded.value.room, secret: decoded.value.secret } : null;
}

/**
 * What `room join` was given: an invite, or a name and secret. The command
 * line comes first; the environment fills in only what it leaves out (the
 * secret for --name, else an invite), so a variable left set in a shell
 * never contradicts what was typed.
 */
function joinRequest(
  values: { name?: string; secret?: string; 'secret-file'?: string; invite?: string; 'invite-file'?: string },
  io: CliIo,
): { invite: string } | { name: string; secret: string } {
  const secretGiven = { value: values.secret, file: values['secret-file'] };
  const inviteGiven = { value: values.invite, file: values['invite-file'] };
  if (isGiven(inviteGiven) && (values.name !== undefined || isGiven(secretGiven))) {
    throw new UsageError('Give either --invite, or --name and --secret, not both.');
  }
  const invite = fromCommandLine(ROOM_INVITE, inviteGiven, io);
  if (invite !== undefined) return { invite };
  if (values.name !== undefined) {
    const secret = fromCommandLineOrEnvironment(ROOM_SECRET, secretGiven, io);
    if (secret !== undefined) return { name: values.name, secret };
  } else if (!isGiven(secretGiven)) {
    const fromEnv = fromEnvironment(ROOM_INVITE, io);
    if (fromEnv !== undefined) return { invite: fromEnv };
  }
  throw new UsageError(
    'Give the invite code with --invite CODE, or the room name and secret with --name and --secret. ' +
      `To keep them out of ps, where other users of this machine can read them, use --invite-file FILE or --secret-file FILE, ` +
      `or the ${ROOM_INVITE_ENV} or ${ROOM_SECRET_ENV} environment variable.`,
  );
}

const join: RoomSubcommand = {
  name: 'join',
  usage:
    'holdfast room join (--invite-file FILE | --name "NAME" --secret-file FILE) [--data DIR]   ' +
    `(or the invite or secret in ${ROOM_INVITE_ENV} or ${ROOM_SECRET_ENV}; --invite CODE and --secret SECRET still work, but other users of this machine can read them in ps)`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...DATA_OPTION,
      ...ROOM_CREDENTIAL_OPTIONS,
      name: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}; give the invite with --invite-file FILE.`);
    const request = joinRequest(values, io);
    const view = withCommandHost(values.data, io, (host) => {
      const current = valueOf(host.run('getRoom', {})).room;
      const wanted = 'invite' in request ? wantedRoom(request.invite) : request;
      if (wanted) refuseSwitchingRooms(current, wanted);
      const joined = valueOf(host.run('joinRoom', request));
      return { joined, rejoined: current !== null, peers: host.room.addedPeers() };
    });
    const room = view.joined.room!;
    io.out(view.rejoined ? `This laptop was already in room "${printable(room.name)}".` : `Joined room "${printable(room.name)}".`);
    if (view.peers.length > 0) io.out(`Peers to dial: ${view.peers.join(', ')}`);
    return 0;
  },
};

const show: RoomSubcommand = {
  name: 'show',
  usage: 'holdfast room show [--data DIR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
    const lines = withCommandHost(values.data, io, (host) =>
      describeRoom({ view: valueOf(host.run('getRoom', {})), addedPeers: host.room.addedPeers(), devices: devicesInLog(host) }),
    );
    for (const line of lines) io.out(line);
    return 0;
  },
};

const leave: RoomSubcommand = {
  name: 'leave',
  usage: 'holdfast room leave [--data DIR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
    const left = withCommandHost(values.data, io, (host): RoomView['room'] => {
      const current = valueOf(host.run('getRoom', {})).room;
      if (current) valueOf(host.run('leaveRoom', {}));
      return current;
    });
    if (!left) {
      io.out('This laptop is not in a room; there is nothing to leave.');
      return 0;
    }
    io.out(`Left room "${printable(left.name)}". Everything recorded here stays; this laptop no longer holds the room's secret or syncs with it.`);
    return 0;
  },
};

const addPeer: RoomSubcommand = {
  name: 'add-peer',
  usage: 'holdfast room add-peer HOST:PORT [--data DIR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
    const address = onlyArgument(positionals, 'Give one peer address, as HOST:PORT.').trim();
    const known = withCommandHost(values.data, io, (host) => {
      if (!host.room.membership()) {
        throw new HoldfastFailure(
          'conflict',
          'Join or create a room first (`holdfast room join --invite CODE` or `holdfast room create "NAME"`): a peer is called with the room\'s secret.',
        );
      }
      const before = host.room.addedPeers().includes(address);
      valueOf(host.run('addPeer', { address }));
      return before;
    });
    io.out(known ? `${address} was already among the peers added by hand.` : `Added peer ${address}: this laptop dials it while it syncs.`);
    return 0;
  },
};

const forgetPeer: RoomSubcommand = {
  name: 'forget-peer',
  usage: 'holdfast room forget-peer HOST:PORT [--data DIR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
    const address = onlyArgument(positionals, 'Give one peer address, as HOST:PORT.').trim();
    withCommandHost(values.data, io, (host) => {
      // A typo here would otherwise leave the peer dialled with no word said.
      if (!host.room.addedPeers().includes(address)) {
        throw new HoldfastFailure('not_found', `${address} is not among the peers added by hand (see \`holdfast room show\`).`);
      }
      valueOf(host.run('forgetPeer', { address }));
    });
    io.out(`Forgot peer ${address}.`);
    return 0;
  },
};

export const membershipSubcommands: readonly RoomSubcommand[] = [create, join, show, leave, addPeer, forgetPeer];
