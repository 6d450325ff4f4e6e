/**
 * Room files on disk, from the terminal. They are written where the network
 * is not: to a USB stick that fills up or is pulled out half-way. So a room
 * file is written beside its destination, flushed, and renamed into place:
 * FILE then holds either the whole new file or whatever it held before,
 * never half a file that an import would later trip over.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HoldfastFailure } from '../../../shared/result.js';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function writeFailure(error: unknown, file: string): HoldfastFailure {
  const folder = path.dirname(path.resolve(file));
  switch (codeOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new HoldfastFailure('not_found', `Cannot write ${file}: the folder ${folder} does not exist. Nothing was written.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new HoldfastFailure(
        'storage_read_only',
        `Cannot write ${file}: the folder ${folder} is read-only or not yours to write to. Nothing was written; choose another place.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new HoldfastFailure(
        'storage_full',
        `Cannot write ${file}: the disk holding ${folder} is full. Nothing was left half-written; free some space or use another disk.`,
      );
    case 'EFBIG':
      return new HoldfastFailure(
        'storage_full',
        `Cannot write ${file}: the file is too large for the disk holding ${folder} (a FAT32 USB stick holds at most 4 GiB per file). Nothing was left half-written.`,
      );
    default:
      return new HoldfastFailure('internal', `Cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A folder given where a file was expected means "put it in there, under its usual name". */
export function roomFileTarget(given: string, suggestedName: string): string {
  if (/[\\/]$/.test(given)) return path.join(given, suggestedName);
  try {
    return fs.statSync(given).isDirectory() ? path.join(given, suggestedName) : given;
  } catch {
    return given;
  }
}

/** Writes `content` to `file` whole or not at all (see the top of this file). */
export function writeWholeFile(file: string, content: string): void {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.partial`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(partial, 'wx');
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(partial, file);
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(partial, { force: true });
    throw writeFailure(error, file);
  }
  syncFolder(path.dirname(file));
}

/** Makes the rename itself durable; some platforms cannot open a folder, and then the rename stands as it is. */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: the file's own contents are already flushed.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

export function readRoomFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    switch (codeOf(error)) {
      case 'ENOENT':
        throw new HoldfastFailure('not_found', `There is no file ${file}.`);
      case 'EISDIR':
        throw new HoldfastFailure('invalid_input', `${file} is a folder; name the room file inside it.`);
      case 'EACCES':
      case 'EPERM':
        throw new HoldfastFailure('storage_read_only', `Cannot read ${file}: permission denied.`);
      case 'ERR_STRING_TOO_LONG':
        throw new HoldfastFailure('invalid_input', `${file} is too large to be read as one room file.`);
      default:
        throw new HoldfastFailure('internal', `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
