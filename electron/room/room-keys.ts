/**
 * The keys derived from a room's name and secret. The TLS pre-shared key
 * proves membership inside an encrypted channel (TLS 1.2 ECDHE-PSK with
 * ChaCha20-Poly1305: forward secrecy, nothing home-made); the discovery tag
 * lets members recognise each other's LAN announcements without announcing
 * the room's name to everyone on the guest Wi-Fi.
 *
 * scrypt makes guessing a typed secret from a captured handshake slow.
 *
 * A room file is sealed with keys drawn from the same stretched secret by
 * HKDF, with a fresh salt per file: each file has keys of its own, and
 * none of them tells anything about the pre-shared key or another file's.
 */
import { createHash, createHmac, hkdfSync, randomBytes, scryptSync } from 'node:crypto';
import { normaliseSecret } from '../../shared/room/invite.js';

export interface RoomKeys {
  /** Sent in the clear in the TLS handshake: a hash, so the room name is not. */
  readonly pskIdentity: string;
  readonly psk: Buffer;
  /** Announced over mDNS; only members can compute it. */
  readonly discoveryTag: string;
}

const cache = new Map<string, RoomKeys>();

export function roomKeys(name: string, secret: string): RoomKeys {
  const normalised = normaliseSecret(secret);
  const cacheKey = `${name}\u0000${normalised}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const psk = scryptSync(normalised, `holdfast room v1\u0000${name}`, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const keys: RoomKeys = {
    pskIdentity: createHash('sha256').update(`holdfast room id v1\u0000${name}`).digest('base64url').slice(0, 32),
    psk,
    discoveryTag: createHmac('sha256', psk).update('holdfast discovery v1').digest('base64url').slice(0, 22),
  };
  cache.set(cacheKey, keys);
  return keys;
}

/** The keys of one room file, from the room's pre-shared key and that file's salt. */
export interface RoomFileKeys {
  /** The AEAD key that seals the file's contents. */
  readonly key: Buffer;
  /**
   * Written in the file's header: a laptop in a room of the same name but
   * with another secret derives another check, and can say so instead of
   * calling the file tampered with. It also commits the file to one key,
   * which AES-GCM alone does not.
   */
  readonly check: Buffer;
}

export function roomFileKeys(psk: Buffer, salt: Buffer): RoomFileKeys {
  return {
    key: Buffer.from(hkdfSync('sha256', psk, salt, 'holdfast room file v2 key', 32)),
    check: Buffer.from(hkdfSync('sha256', psk, salt, 'holdfast room file v2 check', 16)),
  };
}

// Crockford's base32: no I, L, O or U, so a secret read aloud is typed right.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** 25 characters of base32: 125 bits, typed as five groups of five. */
export function generateSecret(): string {
  const bytes = randomBytes(25);
  let secret = '';
  for (const byte of bytes) secret += ALPHABET[byte & 31];
  return secret;
}
