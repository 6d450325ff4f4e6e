import fs from 'node:fs';
import { HoldfastFailure } from '../../../shared/result.js';
import { printable } from '../../../shared/text/printable.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { findIncident } from '../find-incident.js';
import { valueOf, withCommandHost } from '../open-host.js';

/**
 * The static status page from the terminal: for the person who has to put
 * it somewhere (a spare web server, a file share) from a machine with no
 * browser at hand.
 */
export const statusPageCommand: Command = {
  name: 'status-page',
  usage: 'holdfast status-page [--incident ID] --out FILE [--data DIR]',
  summary: "Write an incident's static status page (one HTML file) from its latest public update (default: the most recent open incident).",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...DATA_OPTION,
      incident: { type: 'string' },
      out: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
    if (values.out === undefined || values.out.trim() === '') throw new UsageError('Say where to write the page: --out FILE.');
    const out = values.out;
    return withCommandHost(values.data, io, (host) => {
      const incident = findIncident(valueOf(host.run('listIncidents', {})), values.incident, 'open');
      const page = valueOf(host.run('exportStatusPage', { incidentId: incident.id }));
      try {
        fs.writeFileSync(out, page.content);
      } catch (error) {
        throw new HoldfastFailure('storage_read_only', `Cannot write ${out}: ${(error as Error).message}`);
      }
      io.out(`Wrote the status page of "${printable(incident.title)}" (${incident.id}) to ${out}.`);
      return 0;
    });
  },
};
