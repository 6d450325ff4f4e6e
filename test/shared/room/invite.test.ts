/**
 * An invite code is how a second laptop joins without anyone typing the
 * secret: pasted from a chat, read from a QR code, or copied off a terminal.
 * It must come back exactly, and anything else must be refused with a
 * sentence that says what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite, formatSecret, normaliseSecret, roomSecretSchema, type Invite } from '../../../shared/room/invite.js';

const SECRET = 'x1sfv952zthtmtac53y98q91k';
const invite: Invite = { room: 'Checkout outage (EU)', secret: SECRET, addresses: ['192.168.1.20:4781', '[fe80::1]:4781'] };

/** The error sentence of a code that should not decode. */
function refusal(code: string): string {
  const decoded = decodeInvite(code);
  if (decoded.ok) throw new Error(`Expected ${code} to be refused, got ${JSON.stringify(decoded.value)}`);
  expect(decoded.error.code).toBe('invalid_input');
  return decoded.error.message;
}

/** Encodes any JSON as an invite would be, to forge codes with the right prefix. */
const forged = (json: unknown) => `HOLDFAST1.${Buffer.from(JSON.stringify(json)).toString('base64url')}`;

describe('invite codes', () => {
  it('give back the room name, secret and addresses they were made from', () => {
    const code = encodeInvite(invite);
    expect(code).toMatch(/^HOLDFAST1\.[A-Za-z0-9_-]+$/);
    expect(decodeInvite(code)).toEqual({ ok: true, value: invite });
  });

  it('survive non-ASCII room names, surrounding whitespace and a line break from a wrapped terminal', () => {
    const code = encodeInvite({ room: 'Zahlungsausfall – Störung 🔥', secret: SECRET, addresses: [] });
    const pasted = `  ${code.slice(0, 30)}\n${code.slice(30)}\n`;
    expect(decodeInvite(pasted)).toEqual({ ok: true, value: { room: 'Zahlungsausfall – Störung 🔥', secret: SECRET, addresses: [] } });
  });

  it('carry the secret normalised, however it was typed', () => {
    const code = encodeInvite({ ...invite, secret: 'X1SFV-952ZT-HTMTA C53Y9 8Q91K' });
    expect(code).toBe(encodeInvite(invite));
  });

  it('refuse text that is not an invite, naming the prefix it should have', () => {
    expect(refusal('hello world')).toMatch(/not a Holdfast invite code: it should start with HOLDFAST1\./);
    expect(refusal(`HOLDFAST2.${encodeInvite(invite).slice('HOLDFAST1.'.length)}`)).toMatch(/should start with HOLDFAST1\./);
    expect(refusal('')).toMatch(/should start with HOLDFAST1\./);
  });

  it('refuse a damaged or truncated code as damaged, not as a different room', () => {
    const code = encodeInvite(invite);
    expect(refusal('HOLDFAST1.!!!not-base64!!!')).toMatch(/damaged/);
    expect(refusal(code.slice(0, code.length - 20))).toMatch(/damaged|not valid/);
    expect(refusal('HOLDFAST1.')).toMatch(/damaged/);
    // Valid base64url of bytes that are not UTF-8.
    expect(refusal(`HOLDFAST1.${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`)).toMatch(/damaged/);
  });

  it('refuse a well-formed code whose contents are not a room, saying what is wrong', () => {
    expect(refusal(forged({ room: 'Outage', secret: 'short', addresses: [] }))).toMatch(/The room secret is too short/);
    expect(refusal(forged({ room: '   ', secret: SECRET }))).toMatch(/The room name cannot be empty/);
    expect(refusal(forged({ room: 'Outage', secret: SECRET, addresses: ['not an address'] }))).toMatch(/host:port/);
    expect(refusal(forged({ room: 'Outage', secret: SECRET, addresses: ['10.0.0.1:70000'] }))).toMatch(/between 1 and 65535/);
    expect(refusal(forged(['Outage', SECRET]))).toMatch(/not valid/);
  });

  it('from an older laptop without addresses still join (no addresses to dial)', () => {
    expect(decodeInvite(forged({ room: 'Outage', secret: SECRET }))).toEqual({ ok: true, value: { room: 'Outage', secret: SECRET, addresses: [] } });
  });
});

describe('room secrets typed by people', () => {
  it('are the same secret with dashes, spaces or capitals', () => {
    const typings = ['x1sfv-952zt-htmta-c53y9-8q91k', 'X1SFV 952ZT HTMTA C53Y9 8Q91K', ' x1sfv952zt-HTMTA c53y98q91k\t'];
    for (const typed of typings) {
      expect(normaliseSecret(typed)).toBe(SECRET);
      expect(roomSecretSchema.parse(typed)).toBe(SECRET);
    }
  });

  it('are shown in groups of five, which read back as the same secret', () => {
    expect(formatSecret(SECRET)).toBe('x1sfv-952zt-htmta-c53y9-8q91k');
    expect(normaliseSecret(formatSecret(SECRET))).toBe(SECRET);
  });

  it('shorter than twelve characters once dashes and spaces are gone are refused', () => {
    const parsed = roomSecretSchema.safeParse('abcde-fghij-k');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/too short/);
    expect(roomSecretSchema.safeParse('abcde-fghij-kl').success).toBe(true);
  });
});
