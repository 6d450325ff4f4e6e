/**
 * A person's numbers or addresses in one spreadsheet cell, one a line,
 * each after its type: "cell: +351 912 345 678" then "work: +351 210 000
 * 000". A line with no "type: " before it is a number of no stated type.
 * So the CSV export keeps everything a contact card brought in.
 */
import type { TypedContact } from './roster-entry.js';

const TYPED = /^([\p{L}\p{N}-]{1,40}): (.*)$/u;

export function contactListCell(contacts: readonly TypedContact[]): string {
  return contacts.map(({ type, value }) => (type === '' ? value : `${type}: ${value}`)).join('\n');
}

export function contactListOf(cell: string): TypedContact[] {
  return cell
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const typed = TYPED.exec(line);
      return typed ? { type: typed[1]!.toLowerCase(), value: typed[2]!.trim() } : { type: '', value: line };
    });
}
