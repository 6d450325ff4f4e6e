/**
 * The room file's seal: only a laptop in the room can write a room file
 * that another laptop in the room will open. Without it, anyone could
 * write a file of events signed by a key made a minute ago (removing a
 * laptop from the room, say) and have it imported as sync.
 *
 * A sealed room file is text:
 *
 *   line 1     the header, JSON, in the clear (room-file-header.ts): the
 *              format, version 2, the room's name, when it was exported,
 *              how many events it holds, the seal's parameters (cipher,
 *              key derivation, compression, salt, nonce, key check) and
 *              how many bytes are sealed
 *   then       the sealed bytes in base64, 76 characters a line: the
 *              AES-256-GCM ciphertext of the events (one signed event per
 *              line, compressed with raw deflate), then its 16-byte tag
 *
 * The file's key comes from the room's scrypt-stretched secret by HKDF with
 * a salt drawn for this file (room-keys.ts); the nonce is drawn too. The
 * header line, byte for byte, is the additional data, so changing the
 * room's name, the count or any parameter breaks the seal as surely as
 * changing the body. The body must be laid out exactly as written (lines of
 * 76, base64 as Buffer writes it): base64 decoders skip stray characters
 * and ignore a last character's spare bits, and a file changed there must
 * be refused too, not decoded to the same bytes. Only CRLF line ends (a
 * Windows editor) and a byte order mark are forgiven.
 *
 * Everything is checked before a single event is handed on: a file that is
 * not this room's, changed or cut short stores nothing.
 */
import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { constants as bufferLimits } from 'node:buffer';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { HoldfastFailure } from '../../shared/result.js';
import {
  NONCE_BYTES,
  ROOM_FILE_FORMAT,
  ROOM_FILE_VERSION,
  SALT_BYTES,
  SEAL_CIPHER,
  SEAL_COMPRESSION,
  SEAL_KEY_DERIVATION,
  TAG_BYTES,
  changedSinceSealed,
  readHeader,
  truncated,
  type RoomFileHeader,
} from './room-file-header.js';
import { roomFileKeys } from './room-keys.js';

/** The room a file is sealed for, or opened in: its name and its pre-shared key (roomKeys(name, secret).psk). */
export interface SealingRoom {
  readonly name: string;
  readonly psk: Buffer;
}

export interface OpenedRoomFile {
  readonly header: RoomFileHeader;
  /** What was sealed: one signed event per line. */
  readonly events: Buffer;
}

const LINE_CHARS = 76;

export function sealRoomFile(events: Buffer, room: SealingRoom, about: { readonly exportedAt: number; readonly events: number }): string {
  const salt = randomBytes(SALT_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const keys = roomFileKeys(room.psk, salt);
  const compressed = deflateRawSync(events);
  const header: RoomFileHeader = {
    format: ROOM_FILE_FORMAT,
    version: ROOM_FILE_VERSION,
    room: room.name,
    exportedAt: about.exportedAt,
    events: about.events,
    seal: {
      cipher: SEAL_CIPHER,
      key: SEAL_KEY_DERIVATION,
      compression: SEAL_COMPRESSION,
      salt: salt.toString('base64'),
      nonce: nonce.toString('base64'),
      check: keys.check.toString('base64'),
    },
    sealedBytes: compressed.length + TAG_BYTES,
  };
  const headerLine = JSON.stringify(header);
  const cipher = createCipheriv(SEAL_CIPHER, keys.key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(headerLine, 'utf8'));
  const sealed = Buffer.concat([cipher.update(compressed), cipher.final(), cipher.getAuthTag()]);
  const body = sealed.toString('base64');
  const lines = [headerLine];
  for (let at = 0; at < body.length; at += LINE_CHARS) lines.push(body.slice(at, at + LINE_CHARS));
  return lines.join('\n') + '\n';
}

/**
 * Opens a room file sealed for `here` (the room this laptop is in, if any),
 * or refuses it with a sentence that says why and that nothing was imported.
 */
export function openRoomFile(content: string, here: SealingRoom | null): OpenedRoomFile {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const newline = text.indexOf('\n');
  const headerLine = newline === -1 ? text : text.slice(0, newline);
  const header = readHeader(headerLine, newline !== -1);
  const room = refuseOtherRooms(header.room, here);
  const keys = roomFileKeys(room.psk, Buffer.from(header.seal.salt, 'base64'));
  if (!timingSafeEqual(keys.check, Buffer.from(header.seal.check, 'base64'))) {
    throw new HoldfastFailure(
      'conflict',
      `This room file was sealed in a room named "${header.room}" but with another secret than the one this laptop holds ` +
        '(another room of the same name), or its header was damaged on the way: it cannot be opened here. Nothing was imported. ' +
        'Export the room again on a laptop that syncs with this one, or check that both laptops joined with the same secret.',
    );
  }
  const sealed = sealedBytes(newline === -1 ? '' : text.slice(newline + 1), header.sealedBytes);
  const decipher = createDecipheriv(SEAL_CIPHER, keys.key, Buffer.from(header.seal.nonce, 'base64'), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(headerLine, 'utf8'));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  let compressed: Buffer;
  try {
    compressed = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw changedSinceSealed('it no longer matches its seal');
  }
  return { header, events: inflated(compressed) };
}

function refuseOtherRooms(sealedIn: string, here: SealingRoom | null): SealingRoom {
  if (here === null) {
    throw new HoldfastFailure(
      'conflict',
      `This room file was sealed in room "${sealedIn}", and this laptop is in no room: only a laptop in that room can open it. ` +
        `Join "${sealedIn}" first (with its invite code, or its name and secret), then import the file. Nothing was imported.`,
    );
  }
  if (sealedIn !== here.name) {
    throw new HoldfastFailure(
      'conflict',
      `This room file was sealed in room "${sealedIn}", but this laptop is in room "${here.name}": only a laptop in ` +
        `"${sealedIn}" can open it. Nothing was imported.`,
    );
  }
  return here;
}

/** The bytes the body's base64 spells, if it is laid out exactly as sealRoomFile writes it. */
function sealedBytes(body: string, expected: number): Buffer {
  const lines = body.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const last = lines.length - 1;
  const laidOut = lines.every((line, index) => (index === last ? line.length > 0 && line.length <= LINE_CHARS : line.length === LINE_CHARS));
  const base64 = lines.join('');
  if (!laidOut || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw changedSinceSealed('its sealed lines are not as Holdfast writes them');
  const expectedChars = 4 * Math.ceil(expected / 3);
  if (base64.length < expectedChars) {
    throw truncated(`it holds ${Math.floor((base64.length * 3) / 4)} of the ${expected} bytes sealed in it`);
  }
  if (base64.length > expectedChars) throw changedSinceSealed(`it holds more than the ${expected} bytes sealed in it`);
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== expected || bytes.toString('base64') !== base64) throw changedSinceSealed('its sealed lines are not as Holdfast writes them');
  return bytes;
}

/** Sealed by a laptop in the room, so the room's own: still, no more than one string can hold. */
function inflated(compressed: Buffer): Buffer {
  try {
    return inflateRawSync(compressed, { maxOutputLength: bufferLimits.MAX_STRING_LENGTH });
  } catch {
    throw new HoldfastFailure(
      'invalid_input',
      'The room file is sealed by this room, but what it holds cannot be read: it is larger than Holdfast can import at once, ' +
        'or was not written by Holdfast. Nothing was imported.',
    );
  }
}
