/**
 * A vCard file as content lines, each with the line of the file it starts
 * on. Read as bytes, not text: a card may say its values are Windows-1252,
 * Latin-1, quoted-printable or base64 (vCard 2.1 and 3.0), and a fold may
 * fall inside a UTF-8 character, so lines are unfolded (RFC 6350 §3.2) and
 * quoted-printable soft line breaks joined before any value is decoded
 * (vcard-value.ts). The name and parameters before the colon are ASCII.
 */

export interface ContentLine {
  readonly line: number;
  /** The property's name and parameters, before the colon: "TEL;TYPE=cell". */
  readonly head: string;
  /** The value's bytes, still encoded as the card says. */
  readonly value: Uint8Array;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const COLON = 0x3a;
const QUOTE = 0x22;
const EQUALS = 0x3d;
const QUOTED_PRINTABLE = /;ENCODING=QUOTED-PRINTABLE(;|$)/i;

/** The file's bytes as UTF-8 (a UTF-16 file re-encoded), without a byte-order mark. */
function asUtf8Bytes(bytes: Uint8Array): Uint8Array {
  const [first, second, third] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) {
    return new TextEncoder().encode(new TextDecoder(first === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes));
  }
  return first === 0xef && second === 0xbb && third === 0xbf ? bytes.subarray(3) : bytes;
}

export function contentLinesOf(file: Uint8Array): ContentLine[] {
  const bytes = asUtf8Bytes(file);
  const lines: { line: number; parts: Uint8Array[] }[] = [];
  let start = 0;
  let number = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(LF, start);
    if (end < 0) end = bytes.length;
    number += 1;
    const physical = bytes.subarray(start, end > start && bytes[end - 1] === CR ? end - 1 : end);
    start = end + 1;
    const previous = lines[lines.length - 1];
    const last = previous?.parts[previous.parts.length - 1];
    if (previous && last !== undefined && last[last.length - 1] === EQUALS && QUOTED_PRINTABLE.test(headOf(previous.parts[0]!))) {
      // A soft line break: the value goes on at the start of the next line, spaces and all.
      previous.parts[previous.parts.length - 1] = last.subarray(0, -1);
      previous.parts.push(physical);
    } else if (previous && (physical[0] === SPACE || physical[0] === TAB)) {
      previous.parts.push(physical.subarray(1));
    } else {
      lines.push({ line: number, parts: [physical] });
    }
  }
  return lines.map(({ line, parts }) => {
    const whole = concat(parts);
    const colon = headEnd(whole);
    return colon < 0 ? { line, head: latin1(whole), value: new Uint8Array() } : { line, head: latin1(whole.subarray(0, colon)), value: whole.subarray(colon + 1) };
  });
}

/** The line as plain ASCII text, for BEGIN, END and VERSION, which are never anything else. */
export function asciiText(content: ContentLine): string {
  return content.value.length === 0 && !content.head.includes(':') ? content.head : `${content.head}:${latin1(content.value)}`;
}

/** The content line's property name, without any group ("item1.EMAIL" is EMAIL), upper case; '' if it is not a property. */
export function propertyName(head: string): string {
  return /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)(?:;|$)/.exec(head)?.[1]?.toUpperCase() ?? '';
}

function headOf(bytes: Uint8Array): string {
  const colon = headEnd(bytes);
  return latin1(colon < 0 ? bytes : bytes.subarray(0, colon));
}

/** Where the property's name and parameters end: the first colon not inside a quoted parameter value. */
function headEnd(bytes: Uint8Array): number {
  let quoted = false;
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] === QUOTE) quoted = !quoted;
    else if (bytes[index] === COLON && !quoted) return index;
  }
  return -1;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
