import { formatDuration } from '../../../shared/duration.js';
import { incidentDurationMs } from '../../../shared/projection/views.js';
import { printable, printableJson } from '../../../shared/text/printable.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { valueOf, withCommandHost } from '../open-host.js';

export const incidentsCommand: Command = {
  name: 'incidents',
  usage: 'holdfast incidents [--json] [--data DIR]',
  summary: 'List incidents, open and past, newest first.',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { ...DATA_OPTION, json: { type: 'boolean', default: false } });
    return withCommandHost(values.data, io, (host) => {
      const incidents = valueOf(host.run('listIncidents', {}));
      if (values.json) {
        io.out(printableJson(JSON.stringify(incidents, null, 2)));
        return 0;
      }
      if (incidents.length === 0) {
        io.out('No incidents yet. Declare one with: holdfast declare "TITLE"');
        return 0;
      }
      const now = Date.now();
      for (const incident of incidents) {
        const columns = [
          incident.id,
          incident.severity,
          incident.status.padEnd(13),
          formatDuration(incidentDurationMs(incident, now)).padStart(8),
          printable(incident.title),
        ];
        io.out(columns.join('  '));
      }
      return 0;
    });
  },
};
