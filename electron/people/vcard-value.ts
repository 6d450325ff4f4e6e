/**
 * A content line's value as text, decoded as the card says: its ENCODING
 * (quoted-printable in vCard 2.1, base64 as "b" or "BASE64" in 2.1 and
 * 3.0) and then its CHARSET (UTF-8 when none is named, as vCard 3.0 and
 * 4.0 require). Bytes that are not what the card says are refused, never
 * turned into "Ã©" or "�" on the roster. The line comes back in the
 * vCard 3.0 form ical.js reads: head without ENCODING and CHARSET.
 */
import type { ContentLine } from './vcard-lines.js';
import { decodeWindows1252, isWindows1252 } from './windows-1252.js';

export type DecodedLine = { readonly text: string } | { readonly problem: string };

export function decodedLine(content: ContentLine, legacy: boolean): DecodedLine {
  const [name = '', ...parameters] = content.head.split(';');
  let charset = 'UTF-8';
  let encoding: 'quoted-printable' | 'base64' | null = null;
  const kept: string[] = [];
  for (const parameter of parameters) {
    const [key = '', setting] = parameter.split('=', 2);
    const upperKey = key.toUpperCase();
    const upperSetting = setting?.replace(/^"|"$/g, '').toUpperCase();
    if (upperKey === 'CHARSET' && upperSetting) charset = upperSetting;
    else if (upperKey === 'ENCODING' && upperSetting === 'QUOTED-PRINTABLE') encoding = 'quoted-printable';
    else if (upperKey === 'ENCODING' && (upperSetting === 'B' || upperSetting === 'BASE64')) encoding = 'base64';
    else if (setting === undefined && upperKey === 'QUOTED-PRINTABLE') encoding = 'quoted-printable';
    else if (setting === undefined && upperKey === 'BASE64') encoding = 'base64';
    // "TEL;CELL;WORK:..." in 2.1 is "TEL;TYPE=CELL;TYPE=WORK:..." in 3.0.
    else kept.push(setting === undefined ? `TYPE=${parameter}` : parameter);
  }

  const bytes = encoding === 'quoted-printable' ? quotedPrintableBytes(content.value) : encoding === 'base64' ? base64Bytes(content.value) : content.value;
  let decoder: Pick<InstanceType<typeof TextDecoder>, 'decode'>;
  try {
    decoder = isWindows1252(charset) ? { decode: decodeWindows1252 } : new TextDecoder(charset, { fatal: true });
  } catch {
    return { problem: `this line says its text is in the character set ${charset}, which Holdfast cannot read: save the contacts as UTF-8 and import them again` };
  }
  let value: string;
  try {
    value = decoder.decode(bytes);
  } catch {
    return {
      problem:
        charset === 'UTF-8'
          ? 'this line is not UTF-8 and names no other character set (CHARSET=), so its letters cannot be read: save the contacts as UTF-8 and import them again'
          : `this line is not valid ${charset}, as it says it is: save the contacts as UTF-8 and import them again`,
    };
  }
  // A decoded value is raw text: its line breaks and, in a 2.1 card, its commas are escaped as vCard 3.0 writes them.
  if (encoding !== null) value = value.replace(/\r\n|\r|\n/g, '\\n');
  if (legacy || encoding !== null) value = value.replace(/\\?,/g, '\\,');
  return { text: `${[name, ...kept].join(';')}:${value}` };
}

function quotedPrintableBytes(value: Uint8Array): Uint8Array {
  const text = Buffer.from(value).toString('latin1');
  return Buffer.from(
    text.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
}

function base64Bytes(value: Uint8Array): Uint8Array {
  return Buffer.from(Buffer.from(value).toString('latin1').replace(/\s+/g, ''), 'base64');
}
