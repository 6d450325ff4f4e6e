/**
 * The service catalogue on this laptop: the services Holdfast ships
 * (runbooks/services/ in the install folder) with the `services/` subfolder
 * of each of this laptop's own runbook folders over them, in the order the
 * folders are given. A folder and its subfolders are one layer: an id used
 * twice in it is a mistake, while a later folder may replace a service on
 * purpose (runbooks/services/README.md says how).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildCatalogue, type CatalogueLayer, type KnownRunbook } from '../../shared/services/build-catalogue.js';
import type { ServiceCatalogueView } from '../../shared/services/catalogue.js';
import { parseCatalogue, type ParsedCatalogueFile } from '../../shared/services/parse-catalogue.js';
import { SHIPPED_RUNBOOKS_FOLDER } from '../runbooks/runbook-library.js';
import { readingError } from '../runbooks/reading-error.js';

export const SHIPPED_SERVICES_FOLDER = path.join(SHIPPED_RUNBOOKS_FOLDER, 'services');

/** A catalogue file is a few hundred services at most; anything this large is not one. */
export const MAX_CATALOGUE_BYTES = 2 * 1024 * 1024;

/** Subfolders deeper than this are not read: a link looping back on itself must not stall the app. */
const MAX_DEPTH = 8;

export interface ServiceSources {
  /** Defaults to the folder shipped with Holdfast; null leaves the shipped services out. */
  readonly shippedFolder?: string | null;
  /** Folders of a person's own services, read after the shipped one, each over the ones before. */
  readonly ownFolders?: readonly string[];
  /** When given, a `check-step:` naming no step of these runbooks is refused. */
  readonly runbooks?: readonly KnownRunbook[];
  /** An own folder that does not exist is skipped quietly (most runbook folders have no services/); true reports it. */
  readonly reportMissingOwnFolders?: boolean;
}

export function loadServiceCatalogue(sources: ServiceSources = {}): ServiceCatalogueView {
  const shipped = sources.shippedFolder === undefined ? SHIPPED_SERVICES_FOLDER : sources.shippedFolder;
  const layers: CatalogueLayer[] = [];
  const seen = new Set<string>();
  const add = (folder: string, origin: CatalogueLayer['origin'], reportMissing: boolean) => {
    const key = sameFolderKey(folder);
    if (seen.has(key)) return;
    seen.add(key);
    if (!reportMissing && !fs.existsSync(folder)) return;
    layers.push({ origin, files: readCatalogueFolder(folder) });
  };
  if (shipped !== null) add(shipped, 'shipped', true);
  for (const folder of sources.ownFolders ?? []) add(folder, 'own', sources.reportMissingOwnFolders ?? false);
  return buildCatalogue(layers, sources.runbooks ? { runbooks: sources.runbooks } : {});
}

/** Every `*.yaml` or `*.yml` file in the folder and its subfolders, in name order; `folder` is kept as given in each file's name. */
export function readCatalogueFolder(folder: string, depth = 0): ParsedCatalogueFile[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    return [unreadable(folder, `cannot read this folder: ${readingError(error)}`)];
  }
  const files: ParsedCatalogueFile[] = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (depth < MAX_DEPTH) files.push(...readCatalogueFolder(file, depth + 1));
    } else if (/\.ya?ml$/i.test(entry.name)) {
      files.push(readCatalogueFile(file));
    }
  }
  return files;
}

export function readCatalogueFile(file: string): ParsedCatalogueFile {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return unreadable(file, 'this is not a file');
    if (stat.size > MAX_CATALOGUE_BYTES) return unreadable(file, `this file is ${Math.ceil(stat.size / 1024)} KiB; a catalogue file is at most 2 MiB`);
    return parseCatalogue(fs.readFileSync(file, 'utf8'), file);
  } catch (error) {
    return unreadable(file, `cannot read this file: ${readingError(error)}`);
  }
}

function unreadable(file: string, reason: string): ParsedCatalogueFile {
  return { entries: [], refused: [], tiers: [], problems: [{ file, line: null, reason }] };
}

/** A folder named twice (or the shipped folder given as one's own) is read once. */
function sameFolderKey(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}

