import { printable } from '../../../shared/text/printable.js';
import type { Command } from '../command.js';
import { valueOf } from '../open-host.js';
import { runIncidentFileCommand } from './incident-file.js';
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
  run: (args, io) =>
    runIncidentFileCommand(args, io, {
      latest: 'any',
      outRequired: false,
      whereToWrite: 'Say where to write the briefing: --out FILE or --out FOLDER, or leave --out out to print it.',
      // In UTC: a file sent to people in other zones names its zone on every time.
      make: (host, incident) => valueOf(host.run('exportBriefing', { incidentId: incident.id })),
      deliver: (file, incident, out) => {
        if (out === undefined) {
          io.out(file.content.trimEnd());
          return 0;
        }
        // --out a folder names the file; written whole or not at all, as a room file is (a USB stick pulled out half-way).
        const target = roomFileTarget(out, file.fileName);
        writeWholeFile(target, file.content);
        io.err(`Wrote the briefing of "${printable(incident.title)}" (${incident.id}) to ${target}.`);
        return 0;
      },
    }),
};
