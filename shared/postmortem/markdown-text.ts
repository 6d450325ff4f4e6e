/**
 * Text people typed, made safe to put in Markdown: whatever they wrote
 * reads as they wrote it, and nothing turns into a heading, a list, a link,
 * emphasis, a table column or HTML, except that a web address stays a link
 * to exactly that address. Only what would be read as Markdown is
 * escaped (CommonMark backslash escapes, which GitHub, Confluence's and
 * Google Docs' Markdown import all honour), so the file stays readable as
 * plain text.
 */

/** Characters that mean something anywhere in a line. */
const INLINE = /[\\`*[\]<>|~]/g;
/** An underscore starts emphasis only at the edge of a word (GFM leaves snake_case alone). */
const UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** `&amp;`, `&#123;`: an entity would be shown as the character it names. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/** What starts a block at the start of a line: heading, quote, list item, rule, setext underline, ordered item. */
const LINE_START = /^(\s*)([#>+=-]|\d+(?=[.)]))/;

/**
 * A web address as people paste it: up to a space or an angle bracket, less
 * the punctuation that ends the sentence around it and a closing bracket it
 * does not open (the same cut GFM makes for a bare URL).
 */
const URL = /https?:\/\/[^\s<>]+/gi;
const SENTENCE_END = /[.,:;!?"']+$/;

function urlEnd(candidate: string): string {
  let url = candidate.replace(SENTENCE_END, '');
  while (url.endsWith(')') && url.split('(').length < url.split(')').length) url = url.slice(0, -1).replace(SENTENCE_END, '');
  return url;
}

/**
 * A URL written as a CommonMark autolink, where no escape applies: escaping
 * inside it would change the address (`var-host=\*`). A pipe is written
 * %7C so a table cell cannot split there; it is the same address.
 */
const autolink = (url: string) => `<${url.replace(/\|/g, '%7C')}>`;

function escapeText(text: string): string {
  return text.replace(INLINE, '\\$&').replace(UNDERSCORE, '\\_').replace(ENTITY, '\\&');
}

function escapeLine(line: string): string {
  let escaped = '';
  let from = 0;
  for (const match of line.matchAll(URL)) {
    const url = urlEnd(match[0]);
    escaped += escapeText(line.slice(from, match.index)) + autolink(url);
    from = match.index + url.length;
  }
  escaped += escapeText(line.slice(from));
  return escaped.replace(LINE_START, (_, space: string, marker: string) => (/^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`));
}

/** One line of inline text (a name, a title): line breaks become spaces. */
export function markdownInline(text: string): string {
  return escapeLine(text.replace(/\s*\r?\n\s*/g, ' ').trim());
}

/** Text for a table cell: escaped, and its line breaks kept as <br> (a cell cannot hold a newline). */
export function markdownCell(text: string): string {
  const cell = text
    .trim()
    .split(/\r?\n/)
    .map((line) => escapeLine(line.trim()))
    .join('<br>');
  return cell === '' ? ' ' : cell;
}

/**
 * Paragraphs as typed: a blank line parts paragraphs, a single line break
 * stays a line break (a backslash at the end of the line, CommonMark's hard
 * break). `indent` prefixes every line, for a blockquote or a list item.
 */
export function markdownParagraphs(text: string, indent = ''): string {
  return text
    .trim()
    .split(/\r?\n[ \t]*\r?\n\s*/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => `${indent}${escapeLine(line.trimEnd())}`)
        .join('\\\n'),
    )
    .join(`\n${indent.trimEnd()}\n`);
}
