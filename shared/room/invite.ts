/**
 * Room names, secrets and invite codes. An invite carries the room's name,
 * its secret and where the inviting laptop can be reached, so joining from
 * another screen is one paste (or one QR scan) rather than three fields.
 * It is as secret as the room secret itself: share it only in the room.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../result.js';
import { base64UrlToText, textToBase64Url } from '../text-codec.js';

export const roomNameSchema = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string().min(1, 'The room name cannot be empty.').max(80, 'The room name is too long (at most 80 characters).'));

/** Typed by people, so dashes and spaces are ignored and case does not matter. */
export const roomSecretSchema = z
  .string()
  .transform(normaliseSecret)
  .pipe(
    z
      .string()
      .min(12, 'The room secret is too short: use the generated one, or at least 12 letters and digits.')
      .max(128, 'The room secret is too long (at most 128 characters).'),
  );

/** host:port, as typed by a person adding a peer by hand. */
export const peerAddressSchema = z
  .string()
  .trim()
  .regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]{1,253}):\d{1,5}$/, 'A peer address is host:port, for example 192.168.1.20:4781.')
  .refine((address) => {
    const port = Number(address.slice(address.lastIndexOf(':') + 1));
    return port >= 1 && port <= 65_535;
  }, 'The port must be between 1 and 65535.');

export function normaliseSecret(secret: string): string {
  return secret.replace(/[\s-]/g, '').toLowerCase();
}

/** Groups a secret in fives so it can be read aloud and typed. */
export function formatSecret(secret: string): string {
  return normaliseSecret(secret).replace(/(.{5})(?=.)/g, '$1-');
}

const INVITE_PREFIX = 'HOLDFAST1.';

const inviteSchema = z.object({
  room: roomNameSchema,
  secret: roomSecretSchema,
  addresses: z.array(peerAddressSchema).max(16).default([]),
});

export type Invite = z.output<typeof inviteSchema>;

export function encodeInvite(invite: Invite): string {
  return INVITE_PREFIX + textToBase64Url(JSON.stringify({ room: invite.room, secret: normaliseSecret(invite.secret), addresses: invite.addresses }));
}

export function decodeInvite(code: string): Result<Invite> {
  const trimmed = code.trim();
  if (!trimmed.startsWith(INVITE_PREFIX)) {
    return fail('invalid_input', 'That is not a Holdfast invite code: it should start with HOLDFAST1.');
  }
  let json: unknown;
  try {
    json = JSON.parse(base64UrlToText(trimmed.slice(INVITE_PREFIX.length).replace(/\s+/g, '')));
  } catch {
    return fail('invalid_input', 'The invite code is damaged (was it copied in full?).');
  }
  const parsed = inviteSchema.safeParse(json);
  if (!parsed.success) return fail('invalid_input', `The invite code is not valid: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
  return ok(parsed.data);
}
