import fs from 'node:fs';
import path from 'node:path';
import { POST_MORTEM_FORMATS, type PostMortemFormat } from '../../../shared/api.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { printable, printableJson } from '../../../shared/text/printable.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { findIncident } from '../find-incident.js';
import { valueOf, withCommandHost } from '../open-host.js';

function isFormat(value: string): value is PostMortemFormat {
  return (POST_MORTEM_FORMATS as readonly string[]).includes(value);
}

/** --out names a file, or a folder to put the file in under its own name. */
function targetOf(out: string, fileName: string): string {
  try {
    return fs.statSync(out).isDirectory() ? path.join(out, fileName) : out;
  } catch {
    return out;
  }
}

/**
 * The post-mortem from a terminal. Markdown by default, since a person
 * typing this usually pastes the result somewhere; HTML to print, JSON for
 * other tools. A draft (no preventive action item) is still written, and
 * the warnings go to stderr so a redirected document stays clean.
 */
export const exportCommand: Command = {
  name: 'export',
  usage: 'holdfast export [--incident ID] [--format md|html|json] [--out FILE|DIR] [--data DIR]',
  summary: "Write an incident's post-mortem as Markdown (the default), HTML or JSON (default: the most recently declared incident).",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...DATA_OPTION,
      incident: { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
    const format = values.format.trim().toLowerCase();
    if (!isFormat(format)) throw new UsageError(`Unknown format ${values.format}: use --format ${POST_MORTEM_FORMATS.join(', ').replace(/, (?=[^,]*$)/, ' or ')}.`);
    if (values.out !== undefined && values.out.trim() === '') throw new UsageError('Say where to write the post-mortem: --out FILE, or leave --out out to print it.');
    return withCommandHost(values.data, io, (host) => {
      const incident = findIncident(valueOf(host.run('listIncidents', {})), values.incident, 'any');
      const file = valueOf(host.run('exportPostMortem', { incidentId: incident.id, format }));
      for (const warning of file.warnings) io.err(`Warning: ${printable(warning)}`);
      // Markdown and HTML come neutralised from their renderers; JSON is the same value with \u escapes instead.
      const content = format === 'json' ? printableJson(file.content) : file.content;
      if (values.out === undefined) {
        io.out(content.trimEnd());
        return 0;
      }
      const target = targetOf(values.out, file.fileName);
      try {
        fs.writeFileSync(target, content);
      } catch (error) {
        throw new HoldfastFailure('storage_read_only', `Cannot write ${target}: ${(error as Error).message}`);
      }
      io.err(`Wrote ${target}${file.draft ? ' (a draft)' : ''}`);
      return 0;
    });
  },
};
