/**
 * The action items as a CSV file, written as the roster export is: UTF-8
 * with a byte-order mark and Windows line ends so a spreadsheet opens it as
 * it is, every value quoted where RFC 4180 needs it, and formula-like text
 * kept as text (an item typed "=HYPERLINK(...)" must not run on the laptop
 * that opens the file).
 */
import { ACTION_CSV_COLUMNS, ACTION_CSV_HEADERS } from '../../shared/actions/action-csv-columns.js';
import type { ActionListItem } from '../../shared/actions/action-list.js';
import { spreadsheetCsv, toSpreadsheetCell } from '../people/spreadsheet-cell.js';

export function actionsCsv(items: readonly ActionListItem[]): string {
  const rows = items.map((item) => ACTION_CSV_COLUMNS.map((column) => toSpreadsheetCell(column.value(item))));
  return spreadsheetCsv(ACTION_CSV_HEADERS, rows);
}

/** "actions-2026-12-07.csv": the day the list was judged on. */
export function actionsFileName(today: string): string {
  return `actions-${today}.csv`;
}
