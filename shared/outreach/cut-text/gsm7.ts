/**
 * How many characters a phone counts for a text: the GSM 7-bit alphabet
 * fits 160 in one SMS (its extension characters, such as € and {, take
 * two); one character outside it (an emoji, most accents, curly quotes)
 * turns the whole message to UCS-2, 70 per SMS, counted in UTF-16 units.
 */

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '^{}\\[~]|€\f';

const basic = new Set(BASIC);
const extension = new Set(EXTENSION);

export type SmsEncoding = 'gsm7' | 'ucs2';

export function smsEncodingOf(text: string): SmsEncoding {
  for (const char of text) if (!basic.has(char) && !extension.has(char)) return 'ucs2';
  return 'gsm7';
}

/** What one character (a code point) costs in a message of this encoding. */
export function smsCost(char: string, encoding: SmsEncoding): number {
  if (encoding === 'ucs2') return char.length;
  return extension.has(char) ? 2 : 1;
}

export function smsLength(text: string, encoding: SmsEncoding = smsEncodingOf(text)): number {
  let length = 0;
  for (const char of text) length += smsCost(char, encoding);
  return length;
}

/** The most one SMS holds in this encoding. */
export function smsLimit(encoding: SmsEncoding): number {
  return encoding === 'gsm7' ? 160 : 70;
}
