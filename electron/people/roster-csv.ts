/**
 * Reads a roster spreadsheet saved as CSV: a header row naming the columns
 * (see roster-columns.ts), then one person per row. A row that cannot be
 * used is reported by the line it starts on, and the others are kept.
 *
 * Line numbers are the ones a text editor shows: a value quoted across
 * several lines is reported where its row starts.
 */
import { parse, type CsvError } from 'csv-parse/sync';
import { HoldfastFailure } from '../../shared/result.js';
import { contactListOf } from './contact-list-cell.js';
import { readHeader, type ColumnMap } from './roster-columns.js';
import { fromSpreadsheetCell } from './spreadsheet-cell.js';
import {
  onCallFromText,
  plainText,
  CONTACT_LIST_FIELDS,
  PERSON_FIELDS,
  type EntryFields,
  type ImportProblem,
  type RosterEntry,
  type RosterReading,
} from './roster-entry.js';

interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

export function readRosterCsv(content: string): RosterReading {
  const { rows, problems } = rowsOf(content);
  const header = rows[0];
  if (header === undefined) throw new HoldfastFailure('invalid_input', 'The file has no rows: it should start with a line naming the columns.');
  const { columns, unknown } = readHeader(header.cells);
  if (columns.name === undefined && columns.givenName === undefined && columns.familyName === undefined) {
    const named = header.cells.filter((cell) => cell.trim() !== '').map((cell) => `"${cell.trim()}"`);
    throw new HoldfastFailure(
      'invalid_input',
      `The file has no name column. Its first line should name the columns, for example: name, team, phone, email, chat, notes, on call. ` +
        `Line ${header.line} names ${named.length === 0 ? 'nothing' : named.slice(0, 8).join(', ')}.`,
    );
  }
  for (const column of unknown) {
    problems.push({ line: header.line, message: `the column "${column}" is not one Holdfast keeps, so it was left out` });
  }

  const entries: RosterEntry[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const read = entryOf(row, columns, header.cells.length);
    if ('message' in read) problems.push(read);
    else entries.push(read);
  }
  return { entries, problems: problems.sort((a, b) => a.line - b.line) };
}

function entryOf(row: Row, columns: ColumnMap, width: number): RosterEntry | ImportProblem {
  const extra = row.cells.slice(width).filter((cell) => cell.trim() !== '');
  if (extra.length > 0) {
    return {
      line: row.line,
      message: `it has ${width + extra.length} values but the first line names ${width} columns: a value with a comma in it needs quotes around it`,
    };
  }
  const cell = (indexes: readonly number[] | undefined) =>
    (indexes ?? []).map((index) => fromSpreadsheetCell(row.cells[index] ?? '')).find((value) => value.trim() !== '') ?? '';
  const fields: EntryFields = {};
  for (const field of PERSON_FIELDS) {
    if (field === 'onCall' || columns[field] === undefined) continue;
    fields[field] = cell(columns[field]);
  }
  for (const field of CONTACT_LIST_FIELDS) {
    if (columns[field] !== undefined) fields[field] = contactListOf(cell(columns[field]));
  }
  if (!fields.name?.trim()) fields.name = [cell(columns.givenName), cell(columns.familyName)].filter((part) => part.trim() !== '').join(' ');
  if (columns.onCall !== undefined) {
    const said = cell(columns.onCall);
    const onCall = onCallFromText(said);
    if (onCall === undefined) return { line: row.line, message: `the on-call column says "${said.trim()}": write yes or no` };
    fields.onCall = onCall;
  }
  return { line: row.line, fields };
}

/** The file's rows with the line each starts on, and the rows csv-parse could not read. */
function rowsOf(content: string): { rows: Row[]; problems: ImportProblem[] } {
  let text = plainText(content);
  // Excel's "sep=;" line names the delimiter; blanked, not cut, so the lines keep their numbers.
  const sep = /^sep=(.)\n/i.exec(text);
  if (sep) text = `\n${text.slice(sep[0].length)}`;
  const delimiter = sep?.[1] ?? delimiterOf(text);

  const problems: ImportProblem[] = [];
  const records = parse(text, {
    delimiter,
    info: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      if (!error) return;
      const line = startLine(Number(error.lines), raw ?? '');
      problems.push({
        line,
        message:
          error.code === 'CSV_QUOTE_NOT_CLOSED'
            ? 'a quoted value that starts here is never closed (a " is missing), so nothing from here to the end could be read'
            : `it could not be read (${error.message})`,
      });
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  return { rows: records.map(({ record, info, raw }) => ({ line: startLine(info.lines, raw), cells: record })), problems };
}

/** csv-parse counts the line a record ends on; the line a person looks for is where it starts. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/** Commas, or the semicolons or tabs that spreadsheets in many countries write instead: whichever the header row has most of. */
function delimiterOf(text: string): string {
  const headerLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const count = (character: string) => outsideQuotes.split(character).length - 1;
  return [';', '\t'].reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best), ',');
}
