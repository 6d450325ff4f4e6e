/**
 * A spreadsheet runs a cell as a formula when it starts with = + - or @
 * (or a tab or carriage return before one), so a roster field like
 * "=HYPERLINK(...)" typed on one laptop could run on the laptop that opens
 * the export. Such a value gets an apostrophe before it (what spreadsheets
 * themselves do to keep text as text), and an import takes it off again.
 *
 * Only values that could run are guarded, because every other tool reads
 * the apostrophe as part of the value: a phone number ("+34 600 111 222",
 * "-1", "+1 (555) 010-9999": a sign, then only digits, spaces and . - / ( ))
 * can only ever be computed into a number, and a chat handle ("@ana",
 * "@ana:matrix.org": letters, digits and . _ - :) names no function; both
 * are written as they are. Anything else after a sign ("+SUM(1)", "-1+1",
 * "@SUM(1)") and everything after = is guarded.
 */
import { stringify } from 'csv-stringify/sync';

// A line feed counts as a carriage return: files pass through tools that turn one into the other.
const FORMULA_START = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^[+-][\d\s./()-]*\d[\d\s./()-]*$/u;
const PLAIN_HANDLE = /^@[\p{L}\p{N}._-]+(?::[\p{L}\p{N}._-]+)?$/u;
/** What follows an apostrophe the import takes off: so a value that really starts with one is guarded too. */
const GUARDED_AFTER_APOSTROPHE = /^'[=+\-@\t\r\n']/;

function runsAsFormula(value: string): boolean {
  if (!FORMULA_START.test(value)) return false;
  if (value.startsWith('+') || value.startsWith('-')) return !PLAIN_NUMBER.test(value);
  if (value.startsWith('@')) return !PLAIN_HANDLE.test(value);
  return true;
}

export function toSpreadsheetCell(value: string): string {
  return runsAsFormula(value) || GUARDED_AFTER_APOSTROPHE.test(value) ? `'${value}` : value;
}

export function fromSpreadsheetCell(cell: string): string {
  return GUARDED_AFTER_APOSTROPHE.test(cell) ? cell.slice(1) : cell;
}

/**
 * A CSV file that opens in a spreadsheet as it is: UTF-8 with a byte-order
 * mark (without one, Excel reads non-Latin names as mojibake), Windows line
 * ends, every value quoted where RFC 4180 needs it. Cells come guarded
 * (toSpreadsheetCell) by the caller, which knows which values are text.
 */
export function spreadsheetCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([headers, ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
