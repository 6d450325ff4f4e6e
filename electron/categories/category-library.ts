/**
 * The causes on this laptop: `categories.yaml` in the runbooks folder
 * Holdfast ships, with the same file in each of this laptop's own runbook
 * folders over it, in the order the folders are given.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildTaxonomy, type BuiltTaxonomy } from '../../shared/categories/build-taxonomy.js';
import { parseCategories, type ParsedCategoryFile } from '../../shared/categories/parse-categories.js';
import { SHIPPED_RUNBOOKS_FOLDER, sameFolderKey } from '../runbooks/runbook-library.js';
import { readingError } from '../runbooks/reading-error.js';

export const CATEGORY_FILE_NAMES = ['categories.yaml', 'categories.yml'] as const;

/** A categories file is a few dozen causes; anything this large is not one. */
export const MAX_CATEGORY_FILE_BYTES = 256 * 1024;

export interface CategorySources {
  /** Defaults to the runbooks folder shipped with Holdfast; null leaves the shipped causes out. */
  readonly shippedFolder?: string | null;
  /** A person's own runbook folders, read after the shipped one, each over the ones before. */
  readonly ownFolders?: readonly string[];
}

export function loadTaxonomy(sources: CategorySources = {}): BuiltTaxonomy {
  const shipped = sources.shippedFolder === undefined ? SHIPPED_RUNBOOKS_FOLDER : sources.shippedFolder;
  const files: ParsedCategoryFile[] = [];
  const seen = new Set<string>();
  for (const folder of [...(shipped === null ? [] : [shipped]), ...(sources.ownFolders ?? [])]) {
    const key = sameFolderKey(folder);
    if (seen.has(key)) continue;
    seen.add(key);
    files.push(...readCategoryFolder(folder));
  }
  return buildTaxonomy(files);
}

/** The categories file of one folder; none when it has none (most own folders). */
function readCategoryFolder(folder: string): ParsedCategoryFile[] {
  return CATEGORY_FILE_NAMES.map((name) => path.join(folder, name))
    .filter((file) => fs.existsSync(file))
    .map(readCategoryFile);
}

function readCategoryFile(file: string): ParsedCategoryFile {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return unreadable(file, 'this is not a file');
    if (stat.size > MAX_CATEGORY_FILE_BYTES) return unreadable(file, `this file is ${Math.ceil(stat.size / 1024)} KiB; a categories file is at most 256 KiB`);
    return parseCategories(fs.readFileSync(file, 'utf8'), file);
  } catch (error) {
    return unreadable(file, `cannot read this file: ${readingError(error)}`);
  }
}

function unreadable(file: string, reason: string): ParsedCategoryFile {
  return { entries: [], problems: [{ file, line: null, reason }] };
}
