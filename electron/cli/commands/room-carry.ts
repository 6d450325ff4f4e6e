/**
 * Carrying the war room on a file when there is no network at all: export
 * on one laptop, walk the USB stick over, import on another in the same
 * room. The file is sealed with the room's secret; import is sync from a
 * file, so importing the same file twice adds nothing.
 */
import type { RoomImportSummary } from '../../../shared/api.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { printable } from '../../../shared/text/printable.js';
import { DATA_OPTION, parseCommandArgs } from '../command.js';
import { valueOf, withCommandHost } from '../open-host.js';
import { readRoomFile, roomFileTarget, writeWholeFile } from './room-files.js';
import { onlyArgument, type RoomSubcommand } from './room-subcommand.js';

const count = (n: number) => (n === 1 ? '1 event' : `${n} events`);

const exportRoom: RoomSubcommand = {
  name: 'export',
  usage: 'holdfast room export FILE|FOLDER [--data DIR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
    const given = onlyArgument(positionals, 'Give the file to write the room to (or a folder to write it in).');
    const { room, exported } = withCommandHost(values.data, io, (host) => {
      const membership = host.room.membership();
      if (!membership) {
        throw new HoldfastFailure(
          'conflict',
          'Create or join a room first (`holdfast room create "NAME"` or `holdfast room join --invite CODE`): ' +
            "a room file is sealed with the room's secret, so that only laptops in the room can import it.",
        );
      }
      return { room: membership.name, exported: valueOf(host.run('exportRoom', {})) };
    });
    const file = roomFileTarget(given, exported.fileName);
    writeWholeFile(file, exported.content);
    io.out(`Wrote ${count(exported.events)} to ${file}`);
    io.out(`Sealed with the secret of room "${printable(room)}": only a laptop in that room can import it.`);
    return 0;
  },
};

export function describeImport(summary: RoomImportSummary): string {
  return (
    `${count(summary.events)} in the file: ${summary.added} new, ${summary.alreadyHeld} already held, ` +
    `${summary.heldBack} held back (stamped in the future), ${summary.refused} refused (removed devices)`
  );
}

const importRoom: RoomSubcommand = {
  name: 'import',
  usage: 'holdfast room import FILE [--data DIR]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
    const file = onlyArgument(positionals, 'Give the room file to import.');
    const content = readRoomFile(file);
    const summary = withCommandHost(values.data, io, (host) => valueOf(host.run('importRoom', { content })));
    io.out(describeImport(summary));
    for (const warning of summary.warnings) io.err(`Warning: ${warning}`);
    if (summary.heldBack > 0) {
      io.out('Events held back wait until their time comes; see `holdfast room show`, and `holdfast room let-in DEVICE` if that laptop\'s clock is right.');
    }
    return 0;
  },
};

export const carrySubcommands: readonly RoomSubcommand[] = [exportRoom, importRoom];
