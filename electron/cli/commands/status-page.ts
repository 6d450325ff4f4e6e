import fs from 'node:fs';
import { HoldfastFailure } from '../../../shared/result.js';
import { printable } from '../../../shared/text/printable.js';
import type { Command } from '../command.js';
import { valueOf } from '../open-host.js';
import { runIncidentFileCommand } from './incident-file.js';

/**
 * The static status page from the terminal: for the person who has to put
 * it somewhere (a spare web server, a file share) from a machine with no
 * browser at hand.
 */
export const statusPageCommand: Command = {
  name: 'status-page',
  usage: 'holdfast status-page [--incident ID] --out FILE [--data DIR]',
  summary: "Write an incident's static status page (one HTML file) from its latest public update (default: the most recent open incident).",
  run: (args, io) =>
    runIncidentFileCommand(args, io, {
      latest: 'open',
      outRequired: true,
      whereToWrite: 'Say where to write the page: --out FILE.',
      make: (host, incident) => valueOf(host.run('exportStatusPage', { incidentId: incident.id })),
      deliver: (page, incident, out) => {
        // outRequired: the flow refuses a missing --out before it gets here.
        const target = out!;
        try {
          fs.writeFileSync(target, page.content);
        } catch (error) {
          throw new HoldfastFailure('storage_read_only', `Cannot write ${target}: ${(error as Error).message}`);
        }
        io.out(`Wrote the status page of "${printable(incident.title)}" (${incident.id}) to ${target}.`);
        return 0;
      },
    }),
};
