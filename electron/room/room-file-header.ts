/**
 * Line 1 of a room file: what it is, in the clear. Read before anything is
 * opened, so that a file from another version of Holdfast or from another
 * room is refused with a sentence naming that, not as "damaged".
 *
 * Nothing in the header is trusted until the seal is opened: it is the
 * AEAD's additional data, so a header changed by one byte no longer opens.
 * Until then it only chooses which sentence a refusal says.
 */
import { z } from 'zod';
import { HoldfastFailure } from '../../shared/result.js';

export const ROOM_FILE_FORMAT = 'holdfast.room';
/** 1: events in the clear, unsealed (refused since 2). 2: sealed with the room's secret. */
export const ROOM_FILE_VERSION = 2;

export const SEAL_CIPHER = 'aes-256-gcm';
export const SEAL_KEY_DERIVATION = 'hkdf-sha256';
export const SEAL_COMPRESSION = 'deflate-raw';
export const SALT_BYTES = 32;
export const NONCE_BYTES = 12;
export const CHECK_BYTES = 16;
export const TAG_BYTES = 16;

/** Base64 of exactly `bytes` bytes, in the one spelling Buffer writes, so no two headers mean the same salt. */
const base64Of = (bytes: number) =>
  z.string().refine((text) => {
    const decoded = Buffer.from(text, 'base64');
    return decoded.length === bytes && decoded.toString('base64') === text;
  });

const sealSchema = z.object({
  cipher: z.literal(SEAL_CIPHER),
  key: z.literal(SEAL_KEY_DERIVATION),
  compression: z.literal(SEAL_COMPRESSION),
  salt: base64Of(SALT_BYTES),
  nonce: base64Of(NONCE_BYTES),
  /** Tells a laptop whether it holds the key that sealed the file (see roomFileKeys). */
  check: base64Of(CHECK_BYTES),
});

const headerSchema = z.object({
  format: z.literal(ROOM_FILE_FORMAT),
  version: z.literal(ROOM_FILE_VERSION),
  // No longer than a room name can be (roomNameSchema): a refusal quotes it.
  room: z.string().min(1).max(80),
  exportedAt: z.number(),
  events: z.number().int().min(0),
  seal: sealSchema,
  /** The ciphertext and its tag, in bytes: what base64 in the body decodes to. */
  sealedBytes: z.number().int().min(TAG_BYTES),
});

export type RoomFileHeader = z.infer<typeof headerSchema>;
export type RoomFileSeal = RoomFileHeader['seal'];

/** Enough of any version's header to tell which version wrote it. */
const anyVersionSchema = z.object({ format: z.literal(ROOM_FILE_FORMAT), version: z.number().int().min(1) });

const NOT_A_ROOM_FILE = 'This is not a Holdfast room file (line 1 should be its header).';

export function changedSinceSealed(what: string): HoldfastFailure {
  return new HoldfastFailure(
    'invalid_input',
    `The room file was changed after it was sealed, or damaged on the way: ${what}. Nothing was imported; ` +
      'copy the file again, or export the room again on a laptop in the room.',
  );
}

export function truncated(what: string): HoldfastFailure {
  return new HoldfastFailure(
    'invalid_input',
    `The room file is truncated: ${what} (a copy cut short, or a stick pulled out half-way). Nothing was imported; ` +
      'copy the file again, or export the room again.',
  );
}

/** The header of `line`, or the refusal that says what the file is instead. `wholeLine` is false when the file ends inside it. */
export function readHeader(line: string, wholeLine: boolean): RoomFileHeader {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    // A stick pulled out before the header was written whole still starts as a room file does.
    const opening = `{"format":"${ROOM_FILE_FORMAT}"`;
    if (!wholeLine && line !== '' && (line.startsWith(opening) || opening.startsWith(line))) throw truncated('it ends inside its header (line 1)');
    throw new HoldfastFailure('invalid_input', NOT_A_ROOM_FILE);
  }
  const kind = anyVersionSchema.safeParse(json);
  if (!kind.success) throw new HoldfastFailure('invalid_input', NOT_A_ROOM_FILE);
  if (kind.data.version < ROOM_FILE_VERSION) {
    throw new HoldfastFailure(
      'invalid_input',
      `This room file was written by an older Holdfast (format ${kind.data.version}) and is not sealed with the room's secret, ` +
        'so nothing shows that it comes from the room; nothing was imported. On the laptop it came from, update Holdfast ' +
        'and export the room again (Room screen, "Export room file", or `holdfast room export FILE`), then import that file.',
    );
  }
  if (kind.data.version > ROOM_FILE_VERSION) {
    throw new HoldfastFailure(
      'too_new',
      `This room file was written by a newer Holdfast (format ${kind.data.version}); update Holdfast to import it. Nothing was imported.`,
    );
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) throw changedSinceSealed('its header (line 1) is not as Holdfast writes it');
  return header.data;
}
