/**
 * Every runbook a person can use: the ones Holdfast ships (runbooks/*.md in
 * the install folder) and the ones in their own folders. A runbook that
 * cannot be read is left out with its file, line and reason; the others load.
 *
 * Two runbooks with one id: the first loaded is kept and the other is
 * refused with a problem naming both files. The shipped runbooks load first,
 * then each own folder in the order given, each folder in file-name order.
 * So a shipped runbook cannot be replaced by accident, and its drill history
 * always belongs to the runbook Holdfast ships; to adapt one, copy it to
 * your folder under a new id.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Runbook, RunbookProblem } from '../../shared/runbooks/runbook.js';
import { PACKAGE_ROOT } from '../version.js';
import { readRunbookFolder } from './runbook-folder.js';

export const SHIPPED_RUNBOOKS_FOLDER = path.join(PACKAGE_ROOT, 'runbooks');

export type RunbookOrigin = 'shipped' | 'own';

export interface LoadedRunbook extends Runbook {
  readonly origin: RunbookOrigin;
}

export interface RunbookLibrary {
  readonly runbooks: readonly LoadedRunbook[];
  readonly problems: readonly RunbookProblem[];
  /** Each folder read, once, with how many runbook files it held. */
  readonly folders: readonly { readonly folder: string; readonly origin: RunbookOrigin; readonly files: number }[];
}

export interface RunbookSources {
  /** Defaults to the folder shipped with Holdfast; null leaves the shipped runbooks out. */
  readonly shippedFolder?: string | null;
  /** A person's own folders (from settings, or `holdfast runbooks check DIR`). */
  readonly ownFolders?: readonly string[];
}

export function loadRunbooks(sources: RunbookSources = {}): RunbookLibrary {
  const shipped = sources.shippedFolder === undefined ? SHIPPED_RUNBOOKS_FOLDER : sources.shippedFolder;
  const folders: { folder: string; origin: RunbookOrigin }[] = [];
  const seen = new Set<string>();
  const add = (folder: string, origin: RunbookOrigin) => {
    const key = sameFolderKey(folder);
    if (seen.has(key)) return;
    seen.add(key);
    folders.push({ folder, origin });
  };
  if (shipped !== null) add(shipped, 'shipped');
  for (const folder of sources.ownFolders ?? []) add(folder, 'own');

  const runbooks: LoadedRunbook[] = [];
  const problems: RunbookProblem[] = [];
  const read = folders.map(({ folder, origin }) => ({ folder, origin, ...readRunbookFolder(folder) }));
  for (const { origin, ...folder } of read) {
    const found = [...folder.problems];
    for (const runbook of folder.runbooks) {
      const first = runbooks.find((loaded) => loaded.id === runbook.id);
      if (first) {
        found.push({
          file: runbook.file,
          line: idLine(runbook.file),
          reason: `the runbook id "${runbook.id}" is already used by ${first.file}, which is kept; give this runbook another id`,
        });
        continue;
      }
      runbooks.push({ ...runbook, origin });
    }
    problems.push(...found.sort(byFileAndLine));
  }
  return { runbooks, problems, folders: read.map(({ folder, origin, files }) => ({ folder, origin, files })) };
}

/** A folder named twice (or the shipped folder given as one's own) is read once: the key it is known by. */
export function sameFolderKey(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

/** The line of `id:` in the file's front matter, to point a clash at it; the file has just parsed. */
function idLine(file: string): number {
  try {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    const index = lines.findIndex((line, at) => at > 0 && /^id\s*:/.test(line));
    return index === -1 ? 1 : index + 1;
  } catch {
    return 1;
  }
}

function byFileAndLine(a: RunbookProblem, b: RunbookProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
