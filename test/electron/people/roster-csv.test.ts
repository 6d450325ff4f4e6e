/**
 * A roster spreadsheet saved as CSV is read as people by the header's
 * column names, however the spreadsheet spelled them; a row that cannot be
 * used is named by the line it starts on, and the good rows are all kept.
 */
import { describe, expect, it } from 'vitest';
import { readRosterCsv } from '../../../electron/people/roster-csv.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { rosterFixture } from './fixtures.js';

describe('reading a roster CSV', () => {
  const roster = rosterFixture('roster.csv');

  it('reads a file with a byte-order mark and Windows line ends (the fixture really has both)', () => {
    expect(roster.startsWith('\uFEFF')).toBe(true);
    expect(roster).toContain('\r\n');
    const { entries } = readRosterCsv(roster);
    expect(entries[0]?.fields.name).toBe('Lima, Ana');
    expect(entries.every((entry) => !/[\r\uFEFF]/.test(JSON.stringify(entry.fields)))).toBe(true);
  });

  it('keeps every good row, non-Latin names and quoted commas intact, with the line each starts on', () => {
    const { entries } = readRosterCsv(roster);
    expect(entries.map((entry) => [entry.line, entry.fields.name])).toEqual([
      [2, 'Lima, Ana'],
      [3, 'Δημήτρης Παπαδόπουλος'],
      [4, '田中 雪'],
      [6, 'Олег Иванов'],
      [7, ''],
      [10, 'Sam Too-Long'],
      [11, 'Zoë Ørsted'],
    ]);
    expect(entries[0]?.fields).toEqual({
      name: 'Lima, Ana',
      team: 'Network',
      phone: '+351 912 345 678',
      email: 'ana.lima@example.com',
      chat: '@ana',
      notes: '',
      onCall: true,
    });
    expect(entries[2]?.fields.team).toBe('Payments, Tokyo');
    expect(entries[2]?.fields.notes).toBe('Escalate after 10 min;\nspeaks Japanese and English');
    expect(entries[6]?.fields.notes).toBe('Prefers "Zo"');
  });

  it('names by line a row whose on-call value is neither yes nor no, and a column it does not keep', () => {
    const { entries, problems } = readRosterCsv(roster);
    expect(problems).toEqual([
      { line: 1, message: 'the column "Shoe size" is not one Holdfast keeps, so it was left out' },
      { line: 8, message: 'the on-call column says "maybe": write yes or no' },
    ]);
    expect(entries.some((entry) => entry.line === 8)).toBe(false);
  });

  it('refuses a file with no name column, saying what its first line names', () => {
    const read = () => readRosterCsv(rosterFixture('no-name-column.csv'));
    expect(read).toThrow(HoldfastFailure);
    expect(read).toThrow(/no name column.*name, team, phone, email, chat, notes, on call.*Line 1 names "Team", "Phone", "E-mail", "On call"/);
  });

  it('refuses an empty file', () => {
    expect(() => readRosterCsv('\uFEFF\r\n\r\n')).toThrow(/no rows/);
  });

  it('reads semicolons where the header uses them, and the "sep=;" line Excel writes', () => {
    const { entries, problems } = readRosterCsv(rosterFixture('semicolons.csv'));
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { line: 3, fields: { name: 'Lima, Ana', team: 'Network', phone: '+351 912 345 678', email: 'ana.lima@example.com', onCall: true } },
      { line: 4, fields: { name: 'Ivanov, Oleg', team: 'Database', phone: '', email: 'oleg@example.ru', onCall: false } },
    ]);
  });

  it('puts a name together from first and last name columns, and reads a mailer’s column names', () => {
    const { entries, problems } = readRosterCsv(rosterFixture('first-and-last-names.csv'));
    expect(entries.map((entry) => entry.fields)).toEqual([
      { name: 'Ana Lima', team: 'Network', phone: '+351 912 345 678', email: 'ana.lima@example.com' },
      { name: 'Ana', team: '', phone: '', email: 'ana.second@example.com' },
      { name: '', team: '', phone: '', email: 'nobody@example.com' },
    ]);
    expect(problems).toEqual([{ line: 1, message: 'the column "Birthday" is not one Holdfast keeps, so it was left out' }]);
  });

  it('matches column names whatever their case, spacing and punctuation', () => {
    const { entries } = readRosterCsv(' NAME , e_mail , Chat Handle , ON-CALL , Telephone\nAna Lima,ana@example.com,@ana,Y,+351 1\n');
    expect(entries[0]?.fields).toEqual({ name: 'Ana Lima', email: 'ana@example.com', chat: '@ana', onCall: true, phone: '+351 1' });
  });

  it('reports a row with more values than columns (an unquoted comma) instead of shifting its values', () => {
    const { entries, problems } = readRosterCsv('name,team,email\nLima, Ana,Network,ana@example.com\nOleg,Database,oleg@example.ru\n');
    expect(problems).toEqual([{ line: 2, message: 'it has 4 values but the first line names 3 columns: a value with a comma in it needs quotes around it' }]);
    expect(entries.map((entry) => entry.fields.name)).toEqual(['Oleg']);
  });

  it('keeps the rows before a quote that is never closed, and says where it opened', () => {
    const { entries, problems } = readRosterCsv('name,notes\nAna,fine\nOleg,"never closed\nthe rest\nis lost\n');
    expect(entries.map((entry) => entry.fields.name)).toEqual(['Ana']);
    expect(problems).toEqual([{ line: 3, message: expect.stringMatching(/^a quoted value that starts here is never closed/) }]);
  });

  it('takes back the apostrophe an export puts before a value a spreadsheet would run as a formula', () => {
    const { entries } = readRosterCsv("name,phone,notes\nAna,'+351 1,'=1+1\nOleg,'plain,it's fine\n");
    expect(entries.map((entry) => [entry.fields.phone, entry.fields.notes])).toEqual([
      ['+351 1', '=1+1'],
      ["'plain", "it's fine"],
    ]);
  });
});
