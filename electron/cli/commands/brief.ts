import { printable } from '../../../shared/text/printable.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { findIncident } from '../find-incident.js';
import { valueOf, withCommandHost } from '../open-host.js';
import { roomFileTarget, writeWholeFile } from './room-files.js';

/**
 * The one-page briefing for management from a terminal: for the coordinator
 * asked "where are we?" by a director, to mail or print without opening the
 * app. The page goes to --out, or to stdout when there is none; what was
 * written is said on stderr, so stdout holds nothing but the page.
 */
export const briefCommand: Command = {
  name: 'brief',
  usage: 'holdfast brief [--incident ID] [--out FILE|DIR] [--data DIR]',
  summary: "Write the one-page briefing for management (one HTML file) of an incident, as it stands now (default: the most recently declared incident).",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...DATA_OPTION,
      incident: { type: 'string' },
      out: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
    if (values.out !== undefined && values.out.trim() === '') throw new UsageError('Say where to write the briefing: --out FILE or --out FOLDER, or leave --out out to print it.');
    return withCommandHost(values.data, io, (host) => {
      const incident = findIncident(valueOf(host.run('listIncidents', {})), values.incident, 'any');
      // In UTC: a file sent to people in other zones names its zone on every time.
      const file = valueOf(host.run('exportBriefing', { incidentId: incident.id }));
      if (values.out === undefined) {
        io.out(file.content.trimEnd());
        return 0;
      }
      // --out a folder names the file; written whole or not at all, as a room file is (a USB stick pulled out half-way).
      const target = roomFileTarget(values.out, file.fileName);
      writeWholeFile(target, file.content);
      io.err(`Wrote the briefing of "${printable(incident.title)}" (${incident.id}) to ${target}.`);
      return 0;
    });
  },
};
