/**
 * `holdfast room VERB`: the room this laptop syncs with, from the terminal.
 * The verbs live beside this file by what they are for: being in a room
 * (room-membership.ts), carrying it on a file (room-carry.ts), and the
 * coordinator's decisions about other laptops (room-coordinator.ts).
 */
import { UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import { carrySubcommands } from './room-carry.js';
import { coordinatorSubcommands } from './room-coordinator.js';
import { membershipSubcommands } from './room-membership.js';
import type { RoomSubcommand } from './room-subcommand.js';

const SUBCOMMANDS: readonly RoomSubcommand[] = [...membershipSubcommands, ...carrySubcommands, ...coordinatorSubcommands];
const VERBS = SUBCOMMANDS.map((subcommand) => subcommand.name).join(', ');

export const roomCommand: Command = {
  name: 'room',
  // One line per verb; runCli prints it indented under "Usage:".
  usage: SUBCOMMANDS.map((subcommand) => subcommand.usage).join('\n  '),
  summary: 'Create, join, show or leave the room this laptop syncs with; add peers by hand; carry the room on a file; remove a lost laptop or let in events held back.',
  async run(args, io) {
    const [verb, ...rest] = args;
    if (verb === undefined || verb.startsWith('-')) throw new UsageError(`Say what to do with the room: ${VERBS}.`);
    const subcommand = SUBCOMMANDS.find((candidate) => candidate.name === verb);
    if (!subcommand) throw new UsageError(`Unknown room command ${JSON.stringify(verb)}: use one of ${VERBS}.`);
    return subcommand.run(rest, io);
  },
};
