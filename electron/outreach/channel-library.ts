/**
 * The channels on this laptop: `channels.yaml` in the outreach folder
 * Holdfast ships (runbooks/outreach/) with the same file in the `outreach/`
 * subfolder of each of this laptop's own runbook folders over it, in the
 * order the folders are given. Only that file name is read: the outreach
 * folder holds other files (the call-out) that are not channels.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildChannelCatalogue, type ChannelLayer } from '../../shared/outreach/build-channel-catalogue.js';
import type { ChannelCatalogueView } from '../../shared/outreach/channel-catalogue.js';
import { parseChannels, type ParsedChannelFile } from '../../shared/outreach/parse-channels.js';
import { SHIPPED_RUNBOOKS_FOLDER } from '../runbooks/runbook-library.js';
import { readingError } from '../runbooks/reading-error.js';

export const SHIPPED_OUTREACH_FOLDER = path.join(SHIPPED_RUNBOOKS_FOLDER, 'outreach');
export const CHANNEL_FILE_NAMES = ['channels.yaml', 'channels.yml'] as const;

/** A channel file is a few dozen channels; anything this large is not one. */
export const MAX_CHANNEL_FILE_BYTES = 512 * 1024;

export interface ChannelSources {
  /** Defaults to the folder shipped with Holdfast; null leaves the shipped channels out. */
  readonly shippedFolder?: string | null;
  /** `outreach/` folders of a person's own runbook folders, read after the shipped one, each over the ones before. */
  readonly ownFolders?: readonly string[];
}

export function loadChannelCatalogue(sources: ChannelSources = {}): ChannelCatalogueView {
  const shipped = sources.shippedFolder === undefined ? SHIPPED_OUTREACH_FOLDER : sources.shippedFolder;
  const layers: ChannelLayer[] = [];
  const seen = new Set<string>();
  const add = (folder: string, origin: ChannelLayer['origin']) => {
    const key = sameFolderKey(folder);
    if (seen.has(key)) return;
    seen.add(key);
    layers.push({ origin, files: readChannelFolder(folder) });
  };
  if (shipped !== null) add(shipped, 'shipped');
  for (const folder of sources.ownFolders ?? []) add(folder, 'own');
  return buildChannelCatalogue(layers);
}

/** The channel file of one folder; none when the folder (most own runbook folders have no outreach/) or the file is not there. */
export function readChannelFolder(folder: string): ParsedChannelFile[] {
  return CHANNEL_FILE_NAMES.map((name) => path.join(folder, name))
    .filter((file) => fs.existsSync(file))
    .map(readChannelFile);
}

export function readChannelFile(file: string): ParsedChannelFile {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return unreadable(file, 'this is not a file');
    if (stat.size > MAX_CHANNEL_FILE_BYTES) return unreadable(file, `this file is ${Math.ceil(stat.size / 1024)} KiB; a channel file is at most 512 KiB`);
    return parseChannels(fs.readFileSync(file, 'utf8'), file);
  } catch (error) {
    return unreadable(file, `cannot read this file: ${readingError(error)}`);
  }
}

function unreadable(file: string, reason: string): ParsedChannelFile {
  return { entries: [], problems: [{ file, line: null, reason }] };
}

/** A folder named twice (or the shipped folder given as one's own) is read once. */
function sameFolderKey(folder: string): string {
  try {
    return fs.realpathSync(folder);
  } catch {
    return path.resolve(folder);
  }
}
