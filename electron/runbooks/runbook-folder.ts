/**
 * The runbooks in one folder: every `*.md` file directly inside it, in name
 * order, except README.md (which describes the format, as runbooks/README.md
 * does). Subfolders are left alone: runbooks/roles/ and
 * runbooks/status-updates/ hold other kinds of prepared text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseRunbook } from '../../shared/runbooks/parse-runbook.js';
import type { Runbook, RunbookProblem } from '../../shared/runbooks/runbook.js';
import { readingError } from './reading-error.js';

/** A runbook is a page or two; anything this large is not one, and reading it would stall the app. */
export const MAX_RUNBOOK_BYTES = 1024 * 1024;

export interface RunbookFolder {
  readonly runbooks: readonly Runbook[];
  readonly problems: readonly RunbookProblem[];
  /** How many runbook files were found, read or refused. */
  readonly files: number;
}

export function runbookFileNames(names: readonly string[]): string[] {
  return names.filter((name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md' && !name.startsWith('.')).sort();
}

/** `folder` is used as given in each file's name, so problems point where the person looked. */
export function readRunbookFolder(folder: string): RunbookFolder {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    return { runbooks: [], problems: [{ file: folder, line: null, reason: `cannot read this folder: ${readingError(error)}` }], files: 0 };
  }
  const names = runbookFileNames(entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name));
  const runbooks: Runbook[] = [];
  const problems: RunbookProblem[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    const read = readRunbookFile(file);
    if (read.ok) runbooks.push(read.runbook);
    else problems.push(...read.problems);
  }
  return { runbooks, problems, files: names.length };
}

export function readRunbookFile(file: string): ReturnType<typeof parseRunbook> {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return refused(file, 'this is not a file');
    if (stat.size > MAX_RUNBOOK_BYTES) return refused(file, `this file is ${Math.ceil(stat.size / 1024)} KiB; a runbook is at most 1 MiB`);
    return parseRunbook(fs.readFileSync(file, 'utf8'), file);
  } catch (error) {
    return refused(file, `cannot read this file: ${readingError(error)}`);
  }
}

function refused(file: string, reason: string): ReturnType<typeof parseRunbook> {
  return { ok: false, problems: [{ file, line: null, reason }] };
}

