/**
 * Which rows of a roster file add someone, update someone, or change
 * nothing: the same e-mail address, or else the same name, is the same
 * person; every field is checked as a save checks it.
 */
import { describe, expect, it } from 'vitest';
import { planRosterImport } from '../../../electron/people/roster-import.js';
import type { RosterEntry } from '../../../electron/people/roster-entry.js';
import type { PersonView } from '../../../shared/projection/views.js';

function person(id: string, fields: Partial<PersonView>): PersonView {
  return { id, name: '', team: '', phone: '', email: '', chat: '', notes: '', onCall: false, phones: [], emails: [], updatedAt: 0, updatedBy: 'Dana', ...fields };
}

const ana = person('person-ana', { name: 'Ana Lima', team: 'Network', email: 'ana.lima@example.com', phone: '+351 1', onCall: true });
const oleg = person('person-oleg', { name: 'Oleg Ivanov', team: 'Database' });

const plan = (roster: readonly PersonView[], entries: readonly RosterEntry[]) => planRosterImport(roster, { entries, problems: [] });

describe('planning a roster import', () => {
  it('adds someone new with blank fields where the file says nothing', () => {
    const { saves, summary } = plan([ana], [{ line: 2, fields: { name: ' Yuki Tanaka ', email: 'yuki@example.jp' } }]);
    expect(saves).toEqual([{ personId: null, fields: { name: 'Yuki Tanaka', team: '', phone: '', email: 'yuki@example.jp', chat: '', notes: '', onCall: false, phones: [], emails: [] } }]);
    expect(summary).toEqual({ added: 1, updated: 0, unchanged: 0, problems: [] });
  });

  it('updates the person with the same e-mail address, whatever their name and the address’s case, keeping what the file leaves out', () => {
    const { saves, summary } = plan([ana, oleg], [{ line: 2, fields: { name: 'Ana Lima-Souza', email: 'ANA.LIMA@example.com', team: 'SRE' } }]);
    expect(saves).toEqual([
      { personId: 'person-ana', fields: { name: 'Ana Lima-Souza', team: 'SRE', phone: '+351 1', email: 'ANA.LIMA@example.com', chat: '', notes: '', onCall: true, phones: [], emails: [] } },
    ]);
    expect(summary.updated).toBe(1);
  });

  it('updates the person with the same name, case and spacing aside, when no e-mail matches', () => {
    const { saves } = plan([ana, oleg], [{ line: 2, fields: { name: 'oleg  IVANOV', phone: '+7 1' } }]);
    expect(saves).toEqual([
      { personId: 'person-oleg', fields: { name: 'oleg  IVANOV', team: 'Database', phone: '+7 1', email: '', chat: '', notes: '', onCall: false, phones: [], emails: [] } },
    ]);
  });

  it('counts a row that says what the roster already says as unchanged, and writes nothing for it', () => {
    const { saves, summary } = plan([ana], [{ line: 2, fields: { name: 'Ana Lima', email: 'ana.lima@example.com', onCall: true, notes: '' } }]);
    expect(saves).toEqual([]);
    expect(summary).toEqual({ added: 0, updated: 0, unchanged: 1, problems: [] });
  });

  it('refuses a row without a name, or with a field over its limit, by the line of that field', () => {
    const { saves, summary } = plan(
      [],
      [
        { line: 7, fields: { name: '   ', email: 'nobody@example.com' } },
        { line: 12, fields: { name: 'Sam', email: `${'a'.repeat(190)}@example.com` }, fieldLines: { email: 14 } },
        { line: 20, fields: { name: 'x'.repeat(81) } },
        { line: 21, fields: { name: 'Kept' } },
      ],
    );
    expect(summary.problems).toEqual([
      { line: 7, message: 'no name' },
      { line: 14, message: 'the e-mail address is too long (at most 200 characters)' },
      { line: 20, message: 'the name is too long (at most 80 characters)' },
    ]);
    expect(saves.map((save) => save.fields.name)).toEqual(['Kept']);
    expect(summary.added).toBe(1);
  });

  it('uses only the first of two rows for one person, and says which line was used', () => {
    const { saves, summary } = plan(
      [ana],
      [
        { line: 2, fields: { name: 'Yuki Tanaka', email: 'yuki@example.jp' } },
        { line: 3, fields: { name: 'Yuki T.', email: 'Yuki@example.jp' } },
        { line: 4, fields: { name: 'Ana Lima', team: 'SRE' } },
        { line: 5, fields: { name: 'A. Lima', email: 'ana.lima@example.com' } },
        { line: 6, fields: { name: 'Sam Smith', email: 'sam.one@example.com' } },
        { line: 7, fields: { name: 'Sam Smith', email: 'sam.two@example.com' } },
      ],
    );
    expect(summary.problems).toEqual([
      { line: 3, message: 'it is the same person as line 2 (the same e-mail address), so only line 2 was used' },
      { line: 5, message: 'it is the same person as line 4 (the same e-mail address), so only line 4 was used' },
    ]);
    // Two people may share a name when their e-mail addresses tell them apart.
    expect(summary).toMatchObject({ added: 3, updated: 1 });
    expect(saves.map((save) => save.fields.name)).toEqual(['Yuki Tanaka', 'Ana Lima', 'Sam Smith', 'Sam Smith']);
  });

  it('refuses to guess between two people with the same name', () => {
    const twin = person('person-ana-2', { name: 'ana lima', email: 'other.ana@example.com' });
    const { saves, summary } = plan([ana, twin], [{ line: 9, fields: { name: 'Ana Lima', team: 'SRE' } }]);
    expect(saves).toEqual([]);
    expect(summary.problems).toEqual([{ line: 9, message: '2 people on the roster are called Ana Lima: give an e-mail address to say which one this is' }]);
  });

  it('keeps the reader’s problems, in line order with its own', () => {
    const { summary } = planRosterImport([], {
      entries: [{ line: 5, fields: { name: '' } }],
      problems: [
        { line: 1, message: 'the column "Shoe size" is not one Holdfast keeps, so it was left out' },
        { line: 8, message: 'the on-call column says "maybe": write yes or no' },
      ],
    });
    expect(summary.problems.map((problem) => problem.line)).toEqual([1, 5, 8]);
  });
});
