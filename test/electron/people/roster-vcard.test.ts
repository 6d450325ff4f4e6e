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
        phones: [
          { type: 'cell', value: '+351 912 345 678' },
          { type: 'work', value: '+351 210 000 000' },
        ],
        emails: [{ type: '', value: 'ana.lima@example.com' }],
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
      phones: [{ type: 'cell', value: '+81-90-1234-5678' }],
      emails: [{ type: '', value: 'yuki.tanaka@example.jp' }],
    });
  });

  it('reads a vCard 2.1 card: N as the name, bare TEL types, a quoted-printable note over two lines', () => {
    const zoe = readRosterVcards(contacts).entries.find((entry) => entry.line === 32);
    expect(zoe?.fields).toEqual({
      name: 'Zoë Ørsted',
      phone: '+45 0000 0000',
      email: 'zoe@example.dk',
      notes: 'Café owner, on the third floor',
      phones: [{ type: 'cell', value: '+45 0000 0000' }],
      emails: [{ type: '', value: 'zoe@example.dk' }],
    });
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

/** The bytes a Windows address book writes for `text` (code page 1252: Latin-1 plus € – and a few more at 0x80-0x9F). */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92 };
  return Buffer.from([...text].map((char) => extra[char] ?? char.charCodeAt(0)));
}

const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');

describe('reading vCards in the character sets address books write', () => {
  it('reads a Windows-1252 card as the words it holds', () => {
    const bytes = windows1252(card('VERSION:2.1', 'N;CHARSET=Windows-1252:Muñoz;José', 'NOTE;CHARSET=windows-1252:Budget – 500 €'));
    const { entries, problems } = readRosterVcards(bytes);
    expect(problems).toEqual([]);
    expect(entries[0]?.fields).toMatchObject({ name: 'José Muñoz', notes: 'Budget – 500 €' });
  });

  it('reads quoted-printable Latin-1 and UTF-8 names, soft line breaks and all', () => {
    const bytes = Buffer.from(
      card('VERSION:2.1', 'FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Jos=E9 Mu=F1oz', 'END:VCARD', 'BEGIN:VCARD', 'VERSION:2.1', 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB =C3=98=', 'rsted'),
      'latin1',
    );
    const { entries, problems } = readRosterVcards(bytes);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.fields.name)).toEqual(['José Muñoz', 'Zoë Ørsted']);
  });

  it('joins a line folded in the middle of a UTF-8 character before decoding it', () => {
    const before = Buffer.from(card('VERSION:3.0', 'FN:Ana Lima', 'NOTE:Ça va très bien'), 'utf8');
    const at = before.indexOf(Buffer.from('è', 'utf8')) + 1;
    const folded = Buffer.concat([before.subarray(0, at), Buffer.from('\r\n '), before.subarray(at)]);
    expect(readRosterVcards(folded).entries[0]?.fields.notes).toBe('Ça va très bien');
  });

  it('reads a base64 name', () => {
    const bytes = Buffer.from(card('VERSION:3.0', `FN;ENCODING=b;CHARSET=UTF-8:${Buffer.from('Søren Ågård').toString('base64')}`));
    expect(readRosterVcards(bytes).entries[0]?.fields.name).toBe('Søren Ågård');
  });

  it('names the line it cannot decode instead of importing mojibake, and keeps the other cards', () => {
    const bytes = Buffer.concat([
      Buffer.from(card('VERSION:3.0', 'FN:Whole')),
      Buffer.from(card('VERSION:2.1', 'FN:Jos\xE9 without a charset'), 'latin1'),
      Buffer.from(card('VERSION:2.1', 'FN;CHARSET=X-MADE-UP:Oleg')),
    ]);
    const { entries, problems } = readRosterVcards(bytes);
    expect(entries.map((entry) => entry.fields.name)).toEqual(['Whole']);
    expect(problems).toEqual([
      { line: 7, message: expect.stringMatching(/not UTF-8/) },
      { line: 11, message: expect.stringMatching(/X-MADE-UP/) },
    ]);
    expect(problems.map((problem) => problem.message).join(' ')).not.toMatch(/\uFFFD/);
  });

  it('takes the backslash off an escaped semicolon in a note, in 2.1 and 3.0 cards', () => {
    for (const version of ['2.1', '3.0', '4.0']) {
      const { entries } = readRosterVcards(card(`VERSION:${version}`, 'FN:Ana', 'NOTE:Call Ana\\; then Oleg\\, or Dana'));
      expect(entries[0]?.fields.notes, version).toBe('Call Ana; then Oleg, or Dana');
    }
  });
});

describe('group cards', () => {
  it('does not make a person of a KIND:group card, and says it was left out', () => {
    const text = [
      card('VERSION:4.0', 'UID:urn:uuid:ana', 'FN:Ana Lima'),
      card('VERSION:4.0', 'KIND:group', 'FN:Database on-call', 'MEMBER:urn:uuid:ana'),
      card('VERSION:3.0', 'X-ADDRESSBOOKSERVER-KIND:group', 'FN:Network'),
    ].join('');
    const { entries, problems } = readRosterVcards(text);
    expect(entries.map((entry) => entry.fields.name)).toEqual(['Ana Lima']);
    expect(problems).toEqual([
      { line: 6, message: expect.stringMatching(/^"Database on-call" is a group of contacts, not a person/) },
      { line: 12, message: expect.stringMatching(/^"Network" is a group of contacts, not a person/) },
    ]);
  });
});

describe('several numbers and addresses', () => {
  it('keeps every phone and e-mail with its type, the preferred one first as the one to call', () => {
    const text = card(
      'VERSION:3.0',
      'FN:Ana Lima',
      'TEL;TYPE=HOME:+351 21 000 0000',
      'TEL;TYPE=CELL,PREF:+351 912 345 678',
      'TEL:+351 800 000 000',
      'item1.EMAIL;TYPE=INTERNET,WORK:ana@work.example',
      'EMAIL;TYPE=HOME:ana@home.example',
    );
    const fields = readRosterVcards(text).entries[0]?.fields;
    expect(fields).toMatchObject({ phone: '+351 912 345 678', email: 'ana@work.example' });
    expect(fields?.phones).toEqual([
      { type: 'cell', value: '+351 912 345 678' },
      { type: 'home', value: '+351 21 000 0000' },
      { type: '', value: '+351 800 000 000' },
    ]);
    expect(fields?.emails).toEqual([
      { type: 'work', value: 'ana@work.example' },
      { type: 'home', value: 'ana@home.example' },
    ]);
  });
});
