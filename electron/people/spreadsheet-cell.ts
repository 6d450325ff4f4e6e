/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula, so a
 * roster field like "=HYPERLINK(...)" typed on one laptop could run on the
 * laptop that opens the export. An export puts an apostrophe before such a
 * value (what spreadsheets themselves do to keep text as text), and an
 * import takes it off again, so the round trip gives back what was typed.
 */
const FORMULA_START = /^[=+\-@\t]/;

export function toSpreadsheetCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function fromSpreadsheetCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
