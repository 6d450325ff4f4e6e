import { SEVERITIES, isSeverity } from '../../../shared/severity.js';
import { printable } from '../../../shared/text/printable.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { valueOf, withCommandHost } from '../open-host.js';

export const declareCommand: Command = {
  name: 'declare',
  usage: 'holdfast declare "TITLE" [--severity SEV1|SEV2|SEV3|SEV4] [--summary TEXT] [--data DIR]',
  summary: "Declare an incident; prints the new incident's id on the last line.",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...DATA_OPTION,
      severity: { type: 'string', default: 'SEV3' },
      summary: { type: 'string', default: '' },
    });
    if (positionals.length !== 1) throw new UsageError('Give the title as one quoted argument.');
    const severity = values.severity.toUpperCase();
    if (!isSeverity(severity)) throw new UsageError(`Unknown severity ${values.severity}: use one of ${SEVERITIES.join(', ')}.`);
    return withCommandHost(values.data, io, (host) => {
      const { incidentId } = valueOf(host.run('declareIncident', { title: positionals[0]!, severity, summary: values.summary }));
      io.out(`Declared ${severity}: ${printable(positionals[0]!).trim()}`);
      io.out(incidentId);
      return 0;
    });
  },
};
