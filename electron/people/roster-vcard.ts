/**
 * Reads a roster from vCards (3.0 and 4.0, and the 2.1 that older address
 * books export): FN (or N) as the name, ORG as the team, TEL, EMAIL, NOTE,
 * and IMPP or an X- messenger property as the chat handle. A card that
 * cannot be used is reported by the line of the file the trouble is on,
 * and the other cards are kept.
 *
 * Each property this reads is parsed on its own by ical.js, so a broken
 * line is named exactly; the properties it does not read (a photo, a
 * birthday) are never parsed at all.
 */
import ICAL from 'ical.js';
import { HoldfastFailure } from '../../shared/result.js';
import { onCallFromText, type ColumnField, type TypedContact, type EntryFields, type ImportProblem, type PersonField, type RosterEntry, type RosterReading } from './roster-entry.js';
import { asciiText, contentLinesOf, propertyName, type ContentLine } from './vcard-lines.js';
import { decodedLine } from './vcard-value.js';

/** Messenger properties address books write for a chat handle, in the order they are preferred. */
const CHAT_PROPERTIES = ['IMPP', 'X-SLACK', 'X-MATRIX', 'X-TEAMS', 'X-SKYPE', 'X-JABBER', 'X-GOOGLE-TALK', 'X-GTALK', 'X-AIM', 'X-MSN', 'X-ICQ', 'X-TWITTER', 'X-CHAT'];
const ON_CALL_PROPERTIES = ['X-ON-CALL', 'X-HOLDFAST-ON-CALL'];
/** What says a card is a group of contacts rather than a person: vCard 4.0's KIND, and Apple's own for 3.0. */
const KIND_PROPERTIES = ['KIND', 'X-ADDRESSBOOKSERVER-KIND'];
const READ = new Set(['FN', 'N', 'ORG', 'TEL', 'EMAIL', 'NOTE', 'CATEGORIES', ...CHAT_PROPERTIES, ...ON_CALL_PROPERTIES, ...KIND_PROPERTIES]);

/** Properties whose value is parts split by semicolons (N, ORG): there "\\;" is a semicolon inside a part, which ical.js reads. */
const STRUCTURED = new Set(['N', 'ORG']);

/**
 * "\\;" as ";" in a value that has no parts: vCard 3.0 escapes every
 * semicolon in text, but ical.js keeps the backslash outside N and ORG. An
 * escaped backslash before it ("\\\\;") stays a backslash and a semicolon.
 */
function withPlainSemicolons(line: string): string {
  return line.replace(/(?<!\\)((?:\\\\)*)\\;/g, '$1;');
}

/** One property as ical.js gives it (jCard): its parameters and its values. */
interface CardProperty {
  readonly line: number;
  readonly parameters: Readonly<Record<string, string | string[]>>;
  readonly values: readonly unknown[];
}

interface Card {
  readonly line: number;
  readonly lines: readonly ContentLine[];
}

/** `content` is the file's bytes, or its text when it is known to be Unicode already. */
export function readRosterVcards(content: string | Uint8Array): RosterReading {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const { cards, problems } = cardsOf(contentLinesOf(bytes));
  if (cards.length === 0 && problems.length === 0) {
    throw new HoldfastFailure('invalid_input', 'The file has no contact cards: a vCard file holds cards from BEGIN:VCARD to END:VCARD. Is it a CSV file?');
  }
  const entries: RosterEntry[] = [];
  for (const card of cards) {
    const read = entryOf(card);
    if ('message' in read) problems.push(read);
    else entries.push(read);
  }
  return { entries, problems: problems.sort((a, b) => a.line - b.line) };
}

function cardsOf(lines: readonly ContentLine[]): { cards: Card[]; problems: ImportProblem[] } {
  const cards: Card[] = [];
  const problems: ImportProblem[] = [];
  let open: { line: number; lines: ContentLine[] } | null = null;
  const unclosed = (card: { line: number }) => problems.push({ line: card.line, message: 'the card that starts here has no END:VCARD, so it was left out' });
  for (const content of lines) {
    const text = asciiText(content).trim().toUpperCase();
    if (text === 'BEGIN:VCARD') {
      if (open) unclosed(open);
      open = { line: content.line, lines: [] };
    } else if (text === 'END:VCARD' && open) {
      cards.push(open);
      open = null;
    } else if (open && asciiText(content).trim() !== '') {
      open.lines.push(content);
    }
  }
  if (open) unclosed(open);
  return { cards, problems };
}

function entryOf(card: Card): RosterEntry | ImportProblem {
  const versionLine = card.lines.find((content) => propertyName(content.head) === 'VERSION');
  // ical.js knows 3.0 and 4.0; a 2.1 card, rewritten as 3.0 line by line, is read as 3.0.
  const declared = versionLine && asciiText(versionLine).split(':')[1]?.trim();
  const version = declared === '4.0' ? '4.0' : '3.0';
  const legacy = declared === '2.1';
  const properties = new Map<string, CardProperty[]>();
  for (const content of card.lines) {
    const name = propertyName(content.head);
    if (!READ.has(name)) continue;
    const decoded = decodedLine(content, legacy);
    if ('problem' in decoded) return { line: content.line, message: decoded.problem };
    try {
      const list = properties.get(name) ?? [];
      list.push(parsedProperty(content.line, STRUCTURED.has(name) ? decoded.text : withPlainSemicolons(decoded.text), version));
      properties.set(name, list);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { line: content.line, message: `this line of the card could not be read (${why})` };
    }
  }

  const fields: EntryFields = {};
  const fieldLines: Partial<Record<PersonField, number>> = {};
  const set = (field: Exclude<ColumnField, 'onCall'>, property: CardProperty | undefined, value: string | undefined) => {
    if (property === undefined || value === undefined) return;
    fields[field] = value;
    fieldLines[field] = property.line;
  };

  const fn = properties.get('FN')?.[0];
  const n = properties.get('N')?.[0];
  const fullName = textOf(fn);
  set('name', fullName ? fn : n, fullName || nameFromParts(n));
  fields.name ??= '';

  const kind = KIND_PROPERTIES.map((name) => properties.get(name)?.[0]).find((property) => property !== undefined);
  if (kind && textOf(kind).toLowerCase() === 'group') {
    return { line: card.line, message: `"${fields.name}" is a group of contacts, not a person, so it was left out (a person's team comes from their own card's ORG)` };
  }

  const org = properties.get('ORG')?.[0];
  set('team', org, org && partsOf(org).join(' / '));
  const phoneOf = (property: CardProperty) => textOf(property).replace(/^tel:/i, '');
  const emailOf = (property: CardProperty) => textOf(property).replace(/^mailto:/i, '');
  const tel = preferred(properties.get('TEL'), ['cell', 'mobile', 'work', 'voice']);
  set('phone', tel, tel && phoneOf(tel));
  if (tel) fields.phones = everyOne(properties.get('TEL'), tel, phoneOf);
  const email = preferred(properties.get('EMAIL'), ['work', 'internet']);
  set('email', email, email && emailOf(email));
  if (email) fields.emails = everyOne(properties.get('EMAIL'), email, emailOf);
  const chat = CHAT_PROPERTIES.map((name) => preferred(properties.get(name), [])).find((property) => property !== undefined);
  set('chat', chat, chat && textOf(chat));
  const notes = properties.get('NOTE');
  if (notes) set('notes', notes[0], notes.map(textOf).filter((note) => note !== '').join('\n'));

  const onCallProperty = ON_CALL_PROPERTIES.map((name) => properties.get(name)?.[0]).find((property) => property !== undefined);
  if (onCallProperty) {
    const said = textOf(onCallProperty);
    const onCall = onCallFromText(said);
    if (onCall === undefined) return { line: onCallProperty.line, message: `on call says "${said}": write yes or no` };
    fields.onCall = onCall;
  } else if ((properties.get('CATEGORIES') ?? []).some((property) => partsOf(property).some((category) => onCallFromText(category) === true && /call/i.test(category)))) {
    fields.onCall = true;
  }
  return { line: card.line, fields, fieldLines };
}

function parsedProperty(line: number, text: string, version: string): CardProperty {
  const jcard: unknown = ICAL.parse(`BEGIN:VCARD\r\nVERSION:${version}\r\n${text}\r\nEND:VCARD\r\n`);
  const [, properties] = jcard as [string, unknown[][]];
  const property = properties.find((candidate) => candidate[0] !== 'version');
  if (!property) throw new Error('no property found');
  const [, parameters, , ...values] = property as [string, Record<string, string | string[]>, string, ...unknown[]];
  return { line, parameters, values };
}

/** The property's value as text: a structured value's parts joined with spaces, several values with commas. */
function textOf(property: CardProperty | undefined): string {
  if (!property) return '';
  const texts = property.values.map((value) => (Array.isArray(value) ? value.map(String).filter((part) => part.trim() !== '').join(' ') : String(value)));
  return texts
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join(', ');
}

/** The property's values and their components, flattened, trimmed and without empty ones. */
function partsOf(property: CardProperty): string[] {
  return property.values
    .flat()
    .map((value) => String(value).trim())
    .filter((value) => value !== '');
}

/** N is "family;given;additional;prefixes;suffixes": read as "prefixes given additional family suffixes". */
function nameFromParts(property: CardProperty | undefined): string | undefined {
  if (!property) return undefined;
  const parts = (Array.isArray(property.values[0]) ? property.values[0] : property.values).map((part) => String(part).trim());
  const [family = '', given = '', additional = '', prefixes = '', suffixes = ''] = parts;
  return [prefixes, given, additional, family, suffixes].filter((part) => part !== '').join(' ');
}

/** Types that say nothing about which number or address it is. */
const UNTELLING_TYPES = new Set(['pref', 'internet', 'voice', 'x400']);

/** Every usable one with its type, `first` first (the one to use), then the rest in the card's order. */
function everyOne(properties: readonly CardProperty[] | undefined, first: CardProperty, valueOf: (property: CardProperty) => string): TypedContact[] {
  const usable = (properties ?? []).filter((property) => property !== first && textOf(property) !== '');
  return [first, ...usable].map((property) => ({ type: typeOf(property), value: valueOf(property) }));
}

/** "cell" for TYPE=CELL,PREF; "cell" for a 2.1 MOBILE too; '' when the card says nothing telling. */
function typeOf(property: CardProperty): string {
  const told = typesOf(property).find((type) => !UNTELLING_TYPES.has(type)) ?? '';
  return told === 'mobile' ? 'cell' : told;
}

function typesOf(property: CardProperty): string[] {
  return [property.parameters.type ?? []]
    .flat()
    .flatMap((type) => type.split(','))
    .map((type) => type.trim().toLowerCase());
}

/** The one the card marks preferred, else the first of the liked types (in that order), else the first. */
function preferred(properties: readonly CardProperty[] | undefined, liked: readonly string[]): CardProperty | undefined {
  if (!properties) return undefined;
  const usable = properties.filter((property) => textOf(property) !== '');
  return (
    usable.find((property) => property.parameters.pref === '1' || typesOf(property).includes('pref')) ??
    liked.map((type) => usable.find((property) => typesOf(property).includes(type))).find((property) => property !== undefined) ??
    usable[0]
  );
}
