/**
 * `holdfast people import FILE` and `holdfast people export FILE`: the
 * roster to and from a spreadsheet (CSV) or contact cards (vCard) from the
 * terminal, exactly as the People screen does it. Rows left out are printed
 * as FILE:LINE: reason, the form editors and terminals jump to.
 */
import fs from 'node:fs';
import { HoldfastFailure } from '../../../shared/result.js';
import { rosterFormatOf } from '../../../shared/people/roster-format.js';
import { printable } from '../../../shared/text/printable.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { valueOf, withCommandHost } from '../open-host.js';
import { roomFileTarget, writeWholeFile } from './room-files.js';

const FORMATS = ['csv', 'vcard'] as const;
const IMPORT_USAGE = 'holdfast people import FILE [--format csv|vcard] [--data DIR]';
const EXPORT_USAGE = 'holdfast people export FILE|FOLDER [--data DIR]';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function onlyFile(positionals: readonly string[], missing: string): string {
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(missing);
  if (extra.length > 0) throw new UsageError(`One file at a time: ${extra.map((value) => JSON.stringify(value)).join(', ')} is one too many.`);
  return file;
}

function readRosterFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new HoldfastFailure('not_found', `There is no file ${file}.`);
    if (code === 'EISDIR') throw new HoldfastFailure('invalid_input', `${file} is a folder; name the roster file inside it.`);
    if (code === 'EACCES' || code === 'EPERM') throw new HoldfastFailure('storage_read_only', `Cannot read ${file}: permission denied.`);
    throw new HoldfastFailure('internal', `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function importPeople(args: string[], io: Parameters<Command['run']>[1]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...DATA_OPTION, format: { type: 'string' } });
  const file = onlyFile(positionals, 'Give the CSV or vCard file to import.');
  const format = values.format ?? null;
  if (format !== null && !FORMATS.includes(format as (typeof FORMATS)[number])) throw new UsageError(`--format is csv or vcard, not ${JSON.stringify(format)}.`);
  const bytes = readRosterFile(file);
  const chosen = (format as (typeof FORMATS)[number] | null) ?? rosterFormatOf('auto', file, bytes.toString('utf8'));
  // vCards go as bytes: each card may name its own character set.
  const sent = chosen === 'vcard' ? { content: bytes.toString('base64'), encoding: 'base64' as const } : { content: bytes.toString('utf8') };
  const summary = withCommandHost(values.data, io, (host) => valueOf(host.run('importPeople', { ...sent, format: chosen })));
  io.out(`${file}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${plural(summary.problems.length, 'problem', 'problems')}`);
  // A problem may quote the row it is about, and the file came from anywhere.
  for (const problem of summary.problems) io.err(`${file}:${problem.line}: ${printable(problem.message)}`);
  return 0;
}

async function exportPeople(args: string[], io: Parameters<Command['run']>[1]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
  const given = onlyFile(positionals, 'Give the file to write the roster to (or a folder to write it in).');
  const exported = withCommandHost(values.data, io, (host) => valueOf(host.run('exportPeople', {})));
  const file = roomFileTarget(given, exported.fileName);
  writeWholeFile(file, exported.content);
  io.out(`Wrote ${plural(exported.people, 'person', 'people')} to ${file}`);
  return 0;
}

export const peopleCommand: Command = {
  name: 'people',
  usage: `${IMPORT_USAGE}\n  ${EXPORT_USAGE}`,
  summary: 'Bring people onto the roster from a CSV or vCard file (matched by e-mail, else name; bad rows named by line), or write the roster out as CSV.',
  async run(args, io) {
    const [verb, ...rest] = args;
    if (verb === 'import') return importPeople(rest, io);
    if (verb === 'export') return exportPeople(rest, io);
    throw new UsageError(verb === undefined || verb.startsWith('-') ? 'Say what to do with the roster: import or export.' : `Unknown people command ${JSON.stringify(verb)}: use import or export.`);
  },
};
