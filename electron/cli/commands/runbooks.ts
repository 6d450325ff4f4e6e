/**
 * `holdfast runbooks check [DIR]` and `holdfast runbooks list [DIR]`: the
 * runbook author's tools. Neither touches the data folder.
 *
 * `check DIR` reads DIR as the app would read a person's own folder, beside
 * the shipped runbooks, so it also catches an id that clashes with a shipped
 * one; without DIR it checks the shipped runbooks themselves.
 */
import path from 'node:path';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { formatProblem, type RunbookProblem } from '../../../shared/runbooks/runbook.js';
import { printable, printableJson } from '../../../shared/text/printable.js';
import { loadRunbooks, SHIPPED_RUNBOOKS_FOLDER, type RunbookLibrary } from '../../runbooks/runbook-library.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { parseCommandArgs, type Command } from '../command.js';

const USAGE = ['holdfast runbooks check [DIR]', 'holdfast runbooks list [DIR] [--json]'];

export const runbooksCommand: Command = {
  name: 'runbooks',
  usage: USAGE.join('\n  '),
  summary: 'Check a folder of runbooks (each problem as FILE:LINE: reason; exits 1 when there is any), or list id, steps, target and title. Without DIR, the runbooks Holdfast ships.',
  async run(args, io) {
    const [verb, ...rest] = args;
    if (verb === 'check') return check(rest, io);
    if (verb === 'list') return list(rest, io);
    throw new UsageError(verb === undefined || verb.startsWith('-') ? 'Say what to do: check or list.' : `Unknown runbooks command ${JSON.stringify(verb)}: use check or list.`);
  },
};

function folderArgument(positionals: readonly string[]): string | null {
  if (positionals.length > 1) throw new UsageError('Give one folder of runbooks.');
  return positionals[0] ?? null;
}

async function check(args: string[], io: CliIo): Promise<number> {
  const folder = folderArgument(parseCommandArgs(args, {}).positionals);
  const library = folder === null ? loadRunbooks() : loadRunbooks({ ownFolders: [folder] });
  const checked = library.folders.filter((read) => (folder === null ? read.origin === 'shipped' : read.origin === 'own' || isSameFolder(read.folder, folder)));
  const problems = library.problems.filter((problem) => checked.some((read) => isInside(problem.file, read.folder)));
  for (const problem of problems) io.out(printable(formatProblem(problem)));
  const files = checked.reduce((sum, read) => sum + read.files, 0);
  io.out(`${count(files, 'runbook')}, ${problems.length === 0 ? 'no problems' : count(problems.length, 'problem')}.`);
  return problems.length === 0 ? 0 : 1;
}

async function list(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
  const folder = folderArgument(positionals);
  const library: RunbookLibrary = loadRunbooks(folder === null ? {} : { shippedFolder: null, ownFolders: [folder] });
  if (values.json) {
    io.out(printableJson(JSON.stringify(library.runbooks.map(({ id, title, steps, targetMs, file }) => ({ id, title, steps: steps.length, targetMs, file })), null, 2)));
  } else if (library.runbooks.length === 0) {
    io.out(`No runbooks in ${folder ?? SHIPPED_RUNBOOKS_FOLDER}.`);
  } else {
    const idWidth = Math.max(...library.runbooks.map((runbook) => runbook.id.length));
    for (const runbook of library.runbooks) {
      const steps = `${runbook.steps.length} ${runbook.steps.length === 1 ? 'step ' : 'steps'}`;
      io.out([runbook.id.padEnd(idWidth), steps.padStart(9), formatRunbookDuration(runbook.targetMs).padStart(6), printable(runbook.title)].join('  '));
    }
  }
  reportUnreadable(library.problems, io);
  return 0;
}

/** Listing still succeeds; what could not be read goes to stderr, with where to look. */
function reportUnreadable(problems: readonly RunbookProblem[], io: CliIo): void {
  if (problems.length === 0) return;
  for (const problem of problems) io.err(printable(formatProblem(problem)));
  io.err(`${count(problems.length, 'problem')} kept some runbooks out; holdfast runbooks check DIR lists them all.`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isSameFolder(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
