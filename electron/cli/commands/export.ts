import fs from 'node:fs';
import { incidentExport } from '../../../shared/export/incident-json.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { findIncident } from '../find-incident.js';
import { valueOf, withCommandHost } from '../open-host.js';

const FORMATS = ['json'] as const;

export const exportCommand: Command = {
  name: 'export',
  usage: 'holdfast export [--incident ID] --format json [--out FILE] [--data DIR]',
  summary: 'Export an incident with its timeline (default: the most recently declared).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...DATA_OPTION,
      incident: { type: 'string' },
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
    const format = values.format.toLowerCase();
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`Format ${values.format} is not available yet; use --format ${FORMATS.join(' or ')}.`);
    }
    return withCommandHost(values.data, io, (host) => {
      const incident = findIncident(valueOf(host.run('listIncidents', {})), values.incident, 'any');
      const detail = valueOf(host.run('getIncident', { incidentId: incident.id }));
      const document = JSON.stringify(incidentExport(detail.incident, detail.timeline, Date.now()), null, 2) + '\n';
      if (values.out) {
        try {
          fs.writeFileSync(values.out, document);
        } catch (error) {
          throw new HoldfastFailure('storage_read_only', `Cannot write ${values.out}: ${(error as Error).message}`);
        }
        io.err(`Wrote ${values.out}`);
      } else {
        io.out(document.trimEnd());
      }
      return 0;
    });
  },
};
