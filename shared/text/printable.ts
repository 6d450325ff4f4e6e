/**
 * Text people wrote, made safe to print: in a terminal, in a Markdown or
 * HTML post-mortem, on a status page.
 *
 * Two families of characters are never printed as themselves:
 *
 * - Control characters: C0 (U+0000 to U+001F) but tab and line breaks where
 *   text runs over lines, DEL (U+007F) and C1 (U+0080 to U+009F). A terminal
 *   obeys them: ESC starts sequences that move the cursor, clear the screen,
 *   hide text, retitle the window or plant a link (OSC 8), BEL rings, a
 *   carriage return alone writes over the start of the line, and some
 *   terminals take C1's U+009B as ESC [. An incident title must not be able
 *   to rewrite a coordinator's terminal.
 * - The invisible bidi controls that override, embed or isolate (U+202A to
 *   U+202E, U+2066 to U+2069): they make text read differently from what
 *   was written ("Trojan Source", CVE-2021-42574), "v\u202E2.4.1" shows as
 *   "v1.4.2".
 *
 * Everything else is kept, every letter of every script. Right-to-left
 * writing needs none of those controls: the Unicode bidi algorithm orders
 * Arabic and Hebrew by their letters alone, and the marks it may need to
 * place punctuation right (U+200E LRM, U+200F RLM, U+061C ALM) are kept, as
 * are the joiners (U+200C, U+200D) that Persian and Indic scripts shape
 * their letters with.
 *
 * The neutral form is U+FFFD, the replacement character. Every terminal,
 * browser and editor draws it as a visible mark meaning "a character was
 * here that is not shown", so a reader sees that something was there; it
 * takes the place of exactly one character, so neutralised text is never
 * longer than what was written (it still fits its field's limit, and
 * columns stay put); and it is inert everywhere. A spelled-out escape such
 * as \u{1B} would say more, but anyone can type one, and it reads as code
 * in a post-mortem sent to management; the original stays in the signed
 * log, for whoever investigates.
 */

/** Whether the text runs over lines (an entry, a reason) or is one line (a title, a name). */
export type TextShape = 'one line' | 'lines';

const REPLACEMENT = '\uFFFD';

// Matching control characters is what this module is for (no-control-regex guards against doing it by accident).
/** Never printed as themselves, nor accepted in new input. Carriage returns are line breaks, handled apart. */
// eslint-disable-next-line no-control-regex -- see above
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const REFUSED_ALL = new RegExp(REFUSED.source, 'gu');
/** What printable changes on one line: the refused characters, and tab and line breaks. */
// eslint-disable-next-line no-control-regex -- see above
const NOT_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/** A carriage return that does not end a line (CR LF), which a terminal reads as "back to the start". */
const LONE_CR = /\r(?!\n)/g;
/** What printable changes over lines, so a whole document of plain text is only read once. */
const NOT_LINES = new RegExp(`${REFUSED.source}|\\r(?!\\n)`, 'u');
const LINE_BREAK_OR_TAB = /\r\n|[\r\n\t]/g;

/**
 * The text with every control and bidi control replaced by U+FFFD (see the
 * top of this file). On one line, a tab or a line break becomes a space: a
 * title cannot print a second row. Over lines, tabs, LF and CR LF are kept.
 */
export function printable(text: string, shape: TextShape = 'one line'): string {
  if (!(shape === 'one line' ? NOT_ONE_LINE : NOT_LINES).test(text)) return text;
  const shaped = shape === 'one line' ? text.replace(LINE_BREAK_OR_TAB, ' ') : text.replace(LONE_CR, REPLACEMENT);
  return shaped.replace(REFUSED_ALL, REPLACEMENT);
}

/** The first character new input may not hold, and its position counted in characters from 1; null when there is none. */
export function firstRefusedCharacter(text: string): { codePoint: number; position: number } | null {
  const found = REFUSED.exec(text);
  if (!found) return null;
  return { codePoint: found[0].codePointAt(0)!, position: [...text.slice(0, found.index)].length + 1 };
}

/**
 * JSON text with every control and bidi control written as a \u escape:
 * the same value when parsed, and nothing a terminal obeys when printed.
 * Exact because JSON.stringify only writes such a character inside a string.
 */
export function printableJson(json: string): string {
  return json.replace(REFUSED_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Deeper than any event's text goes; anything below is copied as it is. */
const COPY_DEPTH = 16;

/**
 * A copy of a parsed JSON value with every string in it made printable over
 * lines: how an event written by an older or hostile laptop is read when it
 * holds what this version refuses (shared/events.ts, asKnownEvent).
 */
export function printableCopy(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return printable(value, 'lines');
  if (typeof value !== 'object' || value === null || depth >= COPY_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => printableCopy(item, depth + 1));
  // fromEntries makes own properties: a key "__proto__" stays a key, never the copy's prototype.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, printableCopy(item, depth + 1)]));
}
