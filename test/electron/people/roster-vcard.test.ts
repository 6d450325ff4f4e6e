/**
 * Contacts exported as vCards (3.0, 4.0, and the 2.1 older phones write)
 * are read as people; a card that cannot be used is named by the line the
 * trouble is on, and the other cards are all kept.
 */
import { describe, expect, it } from 'vitest';
import { readRosterVcards } from '../../../electron/people/roster-vcard.js';
import { rosterFixture } from './fixtures.js';

describe('reading vCards', () => {
  const contacts = rosterFixture('contacts.vcf');

  it('reads FN, ORG as the team, the mobile number, the e-mail, a messenger handle and notes (the fixture has CRLF line ends)', () => {
    expect(contacts).toContain('\r\n');
    const { entries } = readRosterVcards(contacts);
    expect(entries[0]).toEqual({
      line: 1,
      fields: {
        name: 'Ana Lima',
        team: 'Acme / Network',
        phone: '+351 912 345 678',
        email: 'ana.lima@example.com',
        chat: 'ana.lima',
        notes: 'Back-up for storage, too.\nCall after 22:00 only if SEV1.',
        onCall: true,
      },
      fieldLines: { name: 3, team: 5, phone: 7, email: 8, chat: 9, notes: 10 },
    });
  });

  it('reads a vCard 4.0 card: a preferred tel: URI, IMPP as the chat handle, a non-Latin name', () => {
    const { entries } = readRosterVcards(contacts);
    expect(entries[1]?.line).toBe(14);
    expect(entries[1]?.fields).toEqual({
      name: '田中 雪',
      team: 'Payments',
      phone: '+81-90-1234-5678',
      email: 'yuki.tanaka@example.jp',
      chat: 'xmpp:yuki@example.jp',
    });
  });

  it('reads a vCard 2.1 card: N as the name, bare TEL types, a quoted-printable note over two lines', () => {
    const zoe = readRosterVcards(contacts).entries.find((entry) => entry.line === 32);
    expect(zoe?.fields).toEqual({ name: 'Zoë Ørsted', phone: '+45 0000 0000', email: 'zoe@example.dk', notes: 'Café owner, on the third floor' });
  });

  it('keeps a card with no name and a folded over-long e-mail for the import to refuse, by their lines', () => {
    const { entries } = readRosterVcards(contacts);
    expect(entries.find((entry) => entry.line === 22)?.fields.name).toBe('');
    const long = entries.find((entry) => entry.line === 26);
    expect(long?.fields.email).toHaveLength(202);
    expect(long?.fieldLines?.email).toBe(29);
  });

  it('names by line a card whose on-call property is neither yes nor no, and leaves that card out', () => {
    const { entries, problems } = readRosterVcards(contacts);
    expect(problems).toEqual([{ line: 43, message: 'on call says "perhaps": write yes or no' }]);
    expect(entries.map((entry) => entry.line)).toEqual([1, 14, 22, 26, 32]);
  });

  it('names the line of a property it cannot read, and keeps the next card', () => {
    const text = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Broken', 'EMAIL;TYPE="work:ana@example.com', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:3.0', 'FN:Whole', 'END:VCARD'].join('\n');
    const { entries, problems } = readRosterVcards(text);
    expect(problems).toEqual([{ line: 4, message: expect.stringMatching(/^this line of the card could not be read/) }]);
    expect(entries.map((entry) => entry.fields.name)).toEqual(['Whole']);
  });

  it('names a card that never ends', () => {
    const text = ['BEGIN:VCARD', 'FN:Cut off', 'BEGIN:VCARD', 'FN:Whole', 'END:VCARD', 'BEGIN:VCARD', 'FN:Also cut off'].join('\n');
    const { entries, problems } = readRosterVcards(text);
    expect(entries.map((entry) => entry.fields.name)).toEqual(['Whole']);
    expect(problems).toEqual([
      { line: 1, message: 'the card that starts here has no END:VCARD, so it was left out' },
      { line: 6, message: 'the card that starts here has no END:VCARD, so it was left out' },
    ]);
  });

  it('refuses a file with no cards at all, suggesting it may be a CSV', () => {
    expect(() => readRosterVcards('name,email\nAna,ana@example.com\n')).toThrow(/no contact cards.*CSV/);
  });
});
