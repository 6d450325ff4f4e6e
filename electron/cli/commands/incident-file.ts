import type { IncidentView } from '../../../shared/projection/views.js';
import type { WarRoomHost } from '../../host/host.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs } from '../command.js';
import { findIncident } from '../find-incident.js';
import { valueOf, withCommandHost } from '../open-host.js';

export interface IncidentFileCommand<F> {
  /** The incident meant when none is named: the latest declared, or the latest still open. */
  readonly latest: 'any' | 'open';
  /** Whether --out must be given; without it the file may go to stdout. */
  readonly outRequired: boolean;
  /** Said when --out is empty, or missing when it is required. */
  readonly whereToWrite: string;
  readonly make: (host: WarRoomHost, incident: IncidentView) => F;
  /** Writes the file to `out`, or to stdout when `out` is undefined; resolves to the exit code. */
  readonly deliver: (file: F, incident: IncidentView, out: string | undefined) => number;
}

/**
 * The flow of a command that writes one file of one incident: `[--incident
 * ID] [--out …] [--data DIR]`, the incident found (the latest when none is
 * named), its file made, then written where --out says.
 */
export async function runIncidentFileCommand<F>(args: string[], io: CliIo, command: IncidentFileCommand<F>): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DATA_OPTION,
    incident: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
  if (values.out === undefined ? command.outRequired : values.out.trim() === '') throw new UsageError(command.whereToWrite);
  const out = values.out;
  return withCommandHost(values.data, io, (host) => {
    const incident = findIncident(valueOf(host.run('listIncidents', {})), values.incident, command.latest);
    return command.deliver(command.make(host, incident), incident, out);
  });
}
