/**
 * TLS with the room's pre-shared key, for both ends of a sync connection.
 * Node's TLS (OpenSSL) does the cryptography. The cipher suite combines
 * the PSK with an ephemeral ECDH exchange (forward secrecy: a secret leaked
 * later does not open recorded traffic) and ChaCha20-Poly1305. Node offers
 * external PSKs only up to TLS 1.2, hence the version pin.
 */
import type { ConnectionOptions, TlsOptions } from 'node:tls';
import type { RoomKeys } from '../room/room-keys.js';

const PSK_CIPHERS = 'ECDHE-PSK-CHACHA20-POLY1305';

export function pskServerOptions(keys: RoomKeys): TlsOptions {
  return {
    ciphers: PSK_CIPHERS,
    minVersion: 'TLSv1.2',
    maxVersion: 'TLSv1.2',
    // Returning null fails the handshake: that laptop is not in this room.
    pskCallback: (_socket, identity) => (identity === keys.pskIdentity ? keys.psk : null),
  };
}

export function pskClientOptions(keys: RoomKeys): ConnectionOptions {
  return {
    ciphers: PSK_CIPHERS,
    minVersion: 'TLSv1.2',
    maxVersion: 'TLSv1.2',
    pskCallback: () => ({ identity: keys.pskIdentity, psk: keys.psk }),
    // There is no certificate: the PSK handshake itself authenticates the server.
    checkServerIdentity: () => undefined,
  };
}

type TlsError = Error & { code?: string; reason?: string };

/**
 * A handshake that failed because the two ends hold different room keys.
 * With a PSK suite that shows only as these: an identity the other end does
 * not know (another room name), or a Finished message that does not decrypt
 * (the same name, another secret). Each end sees its own error or the
 * other's alert.
 */
export function isWrongSecret(error: TlsError): boolean {
  return /BAD[_ ]RECORD[_ ]MAC|DECRYPTION[_ ]FAILED|PSK[_ ]IDENTITY/i.test(`${error.code ?? ''} ${error.message}`);
}

/** Turns a TLS failure into what a person can act on. */
export function explainTlsFailure(error: TlsError): string {
  const text = `${error.code ?? ''} ${error.message}`;
  if (isWrongSecret(error)) return 'The peer did not accept our room secret (a different room, or a mistyped secret).';
  if (/ECONNREFUSED/.test(text)) return 'Nothing is listening at that address (is Holdfast running there, in a room?).';
  if (/EHOSTUNREACH|ENETUNREACH|ETIMEDOUT/.test(text)) return 'That address cannot be reached from this network.';
  if (/ENOTFOUND|EAI_AGAIN/.test(text)) return 'That host name does not resolve here.';
  return `Could not connect: ${error.message}`;
}

/**
 * What the listener says about a handshake it turned away, or null when
 * nothing is worth saying: a connection that closed or reset before the
 * handshake finished is a port scanner, a health check, or a laptop whose
 * own log already says why it gave up.
 */
export function describeTurnedAway(error: TlsError): { wrongSecret: boolean; why: string } | null {
  if (isWrongSecret(error)) return { wrongSecret: true, why: 'it does not hold this room\'s secret (another room, or a mistyped secret)' };
  const text = `${error.code ?? ''} ${error.message}`;
  if (/ECONNRESET|EPIPE|socket hang up/i.test(text)) return null;
  if (/HTTP[_ ]REQUEST/i.test(text)) return { wrongSecret: false, why: 'it spoke plain HTTP, not Holdfast sync (something pointed at the wrong port?)' };
  if (/HANDSHAKE[_ ]TIMEOUT/i.test(text)) return { wrongSecret: false, why: 'it never finished the handshake' };
  return { wrongSecret: false, why: `not a Holdfast sync handshake (${error.reason ?? error.code ?? error.message})` };
}

/**
 * Why an established sync connection failed. Past the handshake, a record
 * that does not decrypt means bytes were lost or changed on the way (a link
 * that dropped data), not a wrong secret.
 */
export function explainLinkFailure(error: TlsError): string {
  const text = `${error.code ?? ''} ${error.message}`;
  if (/BAD[_ ]RECORD[_ ]MAC|DECRYPTION[_ ]FAILED/i.test(text)) return 'data was lost or changed on the way (the link dropped bytes)';
  if (/ECONNRESET/.test(text)) return 'the other end reset the connection';
  return error.code ?? error.message;
}
