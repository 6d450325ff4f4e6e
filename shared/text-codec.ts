/**
 * UTF-8 text to base64url and back, in plain ECMAScript.
 *
 * The domain layer sees neither Node's Buffer nor the browser's TextEncoder
 * and btoa (shared/tsconfig.json), yet invite codes are made and read on both
 * sides; this is the one place that turns text into URL-safe characters.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return bytes;
}

/** Throws on anything that is not well-formed UTF-8 (overlong, truncated, surrogates). */
function utf8Text(bytes: readonly number[]): string {
  let text = '';
  let index = 0;
  const continuation = (): number => {
    const byte = bytes[index++];
    if (byte === undefined || (byte & 0xc0) !== 0x80) throw new Error('Not UTF-8.');
    return byte & 63;
  };
  while (index < bytes.length) {
    const lead = bytes[index++] ?? 0;
    let code: number;
    let least: number;
    if (lead < 0x80) [code, least] = [lead, 0];
    else if ((lead & 0xe0) === 0xc0) [code, least] = [((lead & 31) << 6) | continuation(), 0x80];
    else if ((lead & 0xf0) === 0xe0) [code, least] = [((lead & 15) << 12) | (continuation() << 6) | continuation(), 0x800];
    else if ((lead & 0xf8) === 0xf0) {
      [code, least] = [((lead & 7) << 18) | (continuation() << 12) | (continuation() << 6) | continuation(), 0x10000];
    } else throw new Error('Not UTF-8.');
    if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new Error('Not UTF-8.');
    text += String.fromCodePoint(code);
  }
  return text;
}

export function textToBase64Url(text: string): string {
  const bytes = utf8Bytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const triple = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, bytes.length - i + 1);
    for (let k = 0; k < chars; k++) out += ALPHABET[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Throws when the code holds a character outside base64url or bytes that are not UTF-8. */
export function base64UrlToText(code: string): string {
  if (code.length % 4 === 1) throw new Error('Truncated base64url.');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of code) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error('Not base64url.');
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return utf8Text(bytes);
}
