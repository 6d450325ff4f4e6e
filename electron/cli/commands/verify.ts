import fs from 'node:fs';
import { HoldfastFailure } from '../../../shared/result.js';
import { printable } from '../../../shared/text/printable.js';
import { ROOM_FILE_FORMAT } from '../../room/room-file-header.js';
import { verifyPostMortemText, verifyRoomEvents, type Verdict } from '../../record/verify-record.js';
import { verdictJson, verdictLines } from '../../record/verdict-words.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { withCommandHost } from '../open-host.js';

function isRoomFile(content: string): boolean {
  const firstLine = content.replace(/^\uFEFF/, '').split('\n', 1)[0]!;
  try {
    return (JSON.parse(firstLine) as { format?: unknown } | null)?.format === ROOM_FILE_FORMAT;
  } catch {
    return false;
  }
}

/** A room file is sealed with the room's secret: only a laptop in that room can open it to check its events. */
function roomFileVerdict(content: string, data: string | undefined, io: Parameters<Command['run']>[1]): Verdict {
  return withCommandHost(data, io, (host) => {
    const lines = host.rooms.openFile(content).events.toString('utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    return verifyRoomEvents(lines);
  });
}

/**
 * Checks a post-mortem's record (or a room file) offline: every hash,
 * signature and chain link. Exit 0 when all holds, 1 naming the first event
 * that does not. Needs no data folder for a post-mortem, so anyone can run it.
 */
export const verifyCommand: Command = {
  name: 'verify',
  usage: 'holdfast verify FILE [--json] [--data DIR]',
  summary: "Check a post-mortem exported as JSON (or a room file, on a laptop in its room): every event's hash, signature and chain link, and who signed what.",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...DATA_OPTION, json: { type: 'boolean', default: false } });
    if (positionals.length === 0) throw new UsageError('Name the file to check: holdfast verify postmortem.json');
    if (positionals.length > 1) throw new UsageError(`Unexpected argument ${positionals[1]}: check one file at a time.`);
    const file = positionals[0]!;
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new HoldfastFailure('not_found', `Cannot read ${file}: ${(error as Error).message}`);
    }
    const verdict = isRoomFile(content) ? roomFileVerdict(content, values.data, io) : verifyPostMortemText(content);
    if (values.json) io.out(JSON.stringify(verdictJson(verdict), null, 2));
    else for (const line of verdictLines(verdict)) (verdict.ok ? io.out : io.err)(printable(line, 'lines'));
    return verdict.ok ? 0 : 1;
  },
};
