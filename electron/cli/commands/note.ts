import { ENTRY_KINDS, type EntryKind } from '../../../shared/events.js';
import { printable } from '../../../shared/text/printable.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { findIncident } from '../find-incident.js';
import { valueOf, withCommandHost } from '../open-host.js';

function isEntryKind(kind: string): kind is EntryKind {
  return (ENTRY_KINDS as readonly string[]).includes(kind);
}

export const noteCommand: Command = {
  name: 'note',
  usage: 'holdfast note "TEXT" [--incident ID] [--kind note|action|decision|check] [--data DIR]',
  summary: 'Add to the timeline of an incident (default: the most recently declared open one).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...DATA_OPTION,
      incident: { type: 'string' },
      kind: { type: 'string', default: 'note' },
    });
    if (positionals.length !== 1) throw new UsageError('Give the text as one quoted argument.');
    const kind = values.kind.toLowerCase();
    if (!isEntryKind(kind)) throw new UsageError(`Unknown kind ${values.kind}: use one of ${ENTRY_KINDS.join(', ')}.`);
    return withCommandHost(values.data, io, (host) => {
      const incident = findIncident(valueOf(host.run('listIncidents', {})), values.incident, 'open');
      const entry = valueOf(host.run('addEntry', { incidentId: incident.id, kind, text: positionals[0]! }));
      io.out(`Added ${kind} to "${printable(incident.title)}" (${incident.id}).`);
      io.out(entry.id);
      return 0;
    });
  },
};
