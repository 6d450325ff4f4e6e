/**
 * The roster as a CSV file with the same columns an import reads, so that
 * export then import gives back the same roster. It opens in a spreadsheet
 * as it is: UTF-8 with a byte-order mark (without one, Excel reads
 * non-Latin names as mojibake), Windows line ends, and formula-like values
 * kept as text (spreadsheet-cell.ts).
 */
import type { PersonView } from '../../shared/projection/views.js';
import { EXPORT_HEADERS } from './roster-columns.js';
import { contactListCell } from './contact-list-cell.js';
import { CONTACT_LIST_FIELDS, PERSON_FIELDS } from './roster-entry.js';
import { spreadsheetCsv, toSpreadsheetCell } from './spreadsheet-cell.js';

export function rosterCsv(people: readonly PersonView[]): string {
  const rows = people.map((person) => [
    ...PERSON_FIELDS.map((field) => (field === 'onCall' ? (person.onCall ? 'yes' : 'no') : toSpreadsheetCell(person[field]))),
    ...CONTACT_LIST_FIELDS.map((field) => toSpreadsheetCell(contactListCell(person[field]))),
  ]);
  const headers = [...PERSON_FIELDS, ...CONTACT_LIST_FIELDS].map((field) => EXPORT_HEADERS[field]);
  return spreadsheetCsv(headers, rows);
}

/** "roster-2025-03-14-09-30.csv": sorts by when it was made, and is safe on every file system. */
export function rosterFileName(now: number): string {
  return `roster-${new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.csv`;
}
