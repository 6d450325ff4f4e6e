/**
 * A vCard file as content lines, each with the line of the file it starts
 * on: folded lines joined (RFC 6350 §3.2), and the older vCard 2.1 habits
 * that address books still export (bare TYPE parameters, quoted-printable
 * values with soft line breaks) rewritten as vCard 3.0, which ical.js reads.
 */

export interface ContentLine {
  readonly line: number;
  readonly text: string;
}

const QUOTED_PRINTABLE = /;ENCODING=QUOTED-PRINTABLE[;:]/i;

/** `lines` are the file's lines, without their ends. */
export function contentLinesOf(lines: readonly string[]): ContentLine[] {
  const content: { line: number; text: string }[] = [];
  lines.forEach((text, index) => {
    const previous = content[content.length - 1];
    if (previous && isQuotedPrintable(previous.text) && previous.text.endsWith('=')) {
      // A soft line break: the value goes on at the start of the next line, spaces and all.
      previous.text = previous.text.slice(0, -1) + text;
    } else if (previous && /^[ \t]/.test(text)) {
      previous.text += text.slice(1);
    } else {
      content.push({ line: index + 1, text });
    }
  });
  return content;
}

function isQuotedPrintable(text: string): boolean {
  const colon = text.indexOf(':');
  return colon >= 0 && QUOTED_PRINTABLE.test(`${text.slice(0, colon)}:`);
}

/** The content line's property name, without any group ("item1.EMAIL" is EMAIL), upper case; '' if it is not a property. */
export function propertyName(text: string): string {
  return /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]/.exec(text)?.[1]?.toUpperCase() ?? '';
}

/**
 * "TEL;CELL;WORK:..." as "TEL;TYPE=CELL;TYPE=WORK:...", and quoted-printable
 * values decoded. In a 2.1 card (`legacy`) a comma is just a comma, while
 * 3.0 reads it as a list separator, so it is escaped.
 */
export function asVcard3(text: string, legacy: boolean): string {
  const colon = headEnd(text);
  if (colon < 0) return text;
  const [name = '', ...parameters] = text.slice(0, colon).split(';');
  let value = text.slice(colon + 1);
  let quotedPrintable = false;
  const kept: string[] = [];
  for (const parameter of parameters) {
    const [key = '', setting] = parameter.split('=', 2);
    if (setting === undefined) kept.push(`TYPE=${parameter}`);
    else if (key.toUpperCase() === 'ENCODING' && setting.toUpperCase() === 'QUOTED-PRINTABLE') quotedPrintable = true;
    // Values are decoded as UTF-8 whatever the card says; a CHARSET parameter is not vCard 3.0.
    else if (key.toUpperCase() !== 'CHARSET') kept.push(parameter);
  }
  if (quotedPrintable) value = escapedNewlines(decodeQuotedPrintable(value));
  if (legacy || quotedPrintable) value = value.replace(/\\?,/g, '\\,');
  return [name, ...kept].join(';') + ':' + value;
}

/** Where the property's name and parameters end: the first colon not inside a quoted parameter value. */
function headEnd(text: string): number {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '"') quoted = !quoted;
    else if (text[index] === ':' && !quoted) return index;
  }
  return -1;
}

/** Each run of =XX bytes decoded together, so a character spread over several bytes comes out whole. */
function decodeQuotedPrintable(value: string): string {
  return value.replace(/(?:=[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'));
}

function escapedNewlines(value: string): string {
  return value.replace(/\r\n|\r|\n/g, '\\n');
}
