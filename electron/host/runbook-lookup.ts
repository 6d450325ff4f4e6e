/**
 * The runbook library as operations see it: the shipped runbooks and this
 * laptop's own folders, read afresh on every call, so a runbook edited
 * during an incident is what the next attach takes.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { loadRunbooks, type LoadedRunbook } from '../runbooks/runbook-library.js';
import type { OperationContext } from './operation-context.js';

const FOLDERS_KEY = 'runbooks.folders';

/** This laptop's own runbook folders, as last saved; a setting that does not read as a list of paths counts as none. */
export function ownFolders(context: OperationContext): string[] {
  const stored = context.settings.get(FOLDERS_KEY);
  if (stored === null) return [];
  try {
    const folders: unknown = JSON.parse(stored);
    return Array.isArray(folders) ? folders.filter((folder): folder is string => typeof folder === 'string') : [];
  } catch {
    return [];
  }
}

export function saveOwnFolders(context: OperationContext, folders: readonly string[]): void {
  context.settings.set(FOLDERS_KEY, JSON.stringify([...new Set(folders)]));
}

export function runbookLibrary(context: OperationContext) {
  return loadRunbooks({ shippedFolder: context.runbooksDir, ownFolders: ownFolders(context) });
}

/** The runbook an operation names (its `runbookId` parameter), or why it is not in the library. */
export function runbookOf(context: OperationContext, runbookId: string): LoadedRunbook {
  const library = runbookLibrary(context);
  const runbook = library.runbooks.find((candidate) => candidate.id === runbookId);
  if (runbook) return runbook;
  const refused = library.problems.find((problem) => problem.file.includes(runbookId));
  throw new HoldfastFailure(
    'not_found',
    refused ? `The runbook ${runbookId} could not be loaded: ${refused.file}${refused.line ? `:${refused.line}` : ''}: ${refused.reason}` : `No runbook with id ${runbookId} is in the library.`,
    ['runbookId'],
  );
}
