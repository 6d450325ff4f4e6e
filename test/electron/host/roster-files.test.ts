/**
 * Importing and exporting the roster through the host, as the People screen
 * and the CLI do: bad rows named by line and the good ones kept, people
 * matched by e-mail or name instead of doubled, the same file imported twice
 * changing nothing, and an export that imports back as the same roster.
 */
import { describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { rosterFixture } from '../people/fixtures.js';

const { folders, hosts } = useScratch();

/** What a person reads on the roster: everything but who saved it when. */
function roster(host: WarRoomHost) {
  return expectOk(host.run('listPeople', {})).map(({ id: _id, updatedAt: _at, updatedBy: _by, ...fields }) => fields);
}

function eventCount(host: WarRoomHost): number {
  return Object.values(host.store.log.versionVector()).reduce((sum, seq) => sum + seq, 0);
}

describe('importing a roster', () => {
  it('keeps the good rows of a CSV and names each bad one by its line', () => {
    const host = hosts.openOn(folders.make());
    const summary = expectOk(host.run('importPeople', { content: rosterFixture('roster.csv'), format: 'csv' }));
    expect(summary).toEqual({
      added: 5,
      updated: 0,
      unchanged: 0,
      problems: [
        { line: 1, message: 'the column "Shoe size" is not one Holdfast keeps, so it was left out' },
        { line: 7, message: 'no name' },
        { line: 8, message: 'the on-call column says "maybe": write yes or no' },
        { line: 10, message: 'the e-mail address is too long (at most 200 characters)' },
      ],
    });
    expect(roster(host).map((person) => person.name)).toEqual(['Lima, Ana', 'Zoë Ørsted', 'Δημήτρης Παπαδόπουλος', 'Олег Иванов', '田中 雪']);
    expect(roster(host).find((person) => person.name === '田中 雪')).toEqual({
      name: '田中 雪',
      team: 'Payments, Tokyo',
      phone: '+81 90 1234 5678',
      email: 'yuki.tanaka@example.jp',
      chat: '',
      notes: 'Escalate after 10 min;\nspeaks Japanese and English',
      onCall: true,
      phones: [],
      emails: [],
    });
  });

  it('keeps the good cards of a vCard file and names each bad one by its line', () => {
    const host = hosts.openOn(folders.make());
    const summary = expectOk(host.run('importPeople', { content: rosterFixture('contacts.vcf'), format: 'vcard' }));
    expect(summary).toEqual({
      added: 3,
      updated: 0,
      unchanged: 0,
      problems: [
        { line: 22, message: 'no name' },
        { line: 29, message: 'the e-mail address is too long (at most 200 characters)' },
        { line: 43, message: 'on call says "perhaps": write yes or no' },
      ],
    });
    expect(roster(host).map((person) => [person.name, person.phone, person.onCall])).toEqual([
      ['Ana Lima', '+351 912 345 678', true],
      ['Zoë Ørsted', '+45 0000 0000', false],
      ['田中 雪', '+81-90-1234-5678', false],
    ]);
  });

  it('changes nothing when the same file is imported twice', () => {
    const host = hosts.openOn(folders.make());
    expectOk(host.run('importPeople', { content: rosterFixture('roster.csv'), format: 'csv' }));
    const before = roster(host);
    const events = eventCount(host);

    const again = expectOk(host.run('importPeople', { content: rosterFixture('roster.csv'), format: 'csv' }));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect(roster(host)).toEqual(before);
    expect(eventCount(host)).toBe(events);
  });

  it('updates the person with the same e-mail, or else the same name, instead of adding them again', () => {
    const host = hosts.openOn(folders.make());
    const byEmail = expectOk(
      host.run('savePerson', { name: 'Ana L.', team: 'Network', phone: '', email: 'ana.lima@example.com', chat: '', notes: 'Keeps the runbook', onCall: false }),
    );
    const byName = expectOk(host.run('savePerson', { name: 'ОЛЕГ ИВАНОВ', team: '', phone: '+7 000', email: '', chat: '', notes: '', onCall: false }));
    const summary = expectOk(
      host.run('importPeople', {
        content: 'name,email,team,on call\nAna Lima,Ana.Lima@example.com,SRE,yes\nОлег Иванов,oleg@example.ru,Database,no\n',
        format: 'csv',
      }),
    );
    expect(summary).toEqual({ added: 0, updated: 2, unchanged: 0, problems: [] });
    const people = expectOk(host.run('listPeople', {}));
    expect(people).toHaveLength(2);
    // The columns the file has replace; the ones it lacks (notes, phone) are kept.
    expect(people.find((person) => person.id === byEmail.id)).toMatchObject({ name: 'Ana Lima', team: 'SRE', onCall: true, notes: 'Keeps the runbook' });
    expect(people.find((person) => person.id === byName.id)).toMatchObject({ name: 'Олег Иванов', email: 'oleg@example.ru', phone: '+7 000' });
  });

  it('takes a vCard file as its bytes (base64), so a Windows-1252 card keeps its accents', () => {
    const host = hosts.openOn(folders.make());
    const bytes = Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=Windows-1252:Jos\xE9 Mu\xF1oz\r\nEND:VCARD\r\n', 'latin1');
    const summary = expectOk(host.run('importPeople', { content: bytes.toString('base64'), encoding: 'base64', format: 'vcard' }));
    expect(summary).toMatchObject({ added: 1, problems: [] });
    expect(roster(host).map((person) => person.name)).toEqual(['José Muñoz']);
  });

  it('refuses a CSV without a name column, adding nobody', () => {
    const host = hosts.openOn(folders.make());
    const error = expectFailure(host.run('importPeople', { content: rosterFixture('no-name-column.csv'), format: 'csv' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^The file has no name column\./);
    expect(roster(host)).toEqual([]);
  });

  it('refuses a CSV sent as a vCard with a sentence that says so', () => {
    const host = hosts.openOn(folders.make());
    const error = expectFailure(host.run('importPeople', { content: rosterFixture('roster.csv'), format: 'vcard' }));
    expect(error.message).toMatch(/no contact cards.*Is it a CSV file\?/);
  });
});

describe('exporting the roster', () => {
  it('writes the columns an import reads, with one row per person', () => {
    const host = hosts.openOn(folders.make(), { now: () => Date.UTC(2025, 2, 14, 9, 30) });
    expectOk(host.run('importPeople', { content: rosterFixture('roster.csv'), format: 'csv' }));
    const exported = expectOk(host.run('exportPeople', {}));
    expect(exported.fileName).toBe('roster-2025-03-14-09-30.csv');
    expect(exported.people).toBe(5);
    const lines = exported.content.split('\r\n');
    expect(lines[0]).toBe('\uFEFFname,team,phone,email,chat,notes,on call,all phones,all emails');
    expect(lines[1]).toBe(`"Lima, Ana",Network,+351 912 345 678,ana.lima@example.com,@ana,,yes,,`);
  });

  it('round-trips: the export imported on a fresh laptop gives the same roster, and on the same one changes nothing', () => {
    const first = hosts.openOn(folders.make());
    expectOk(first.run('importPeople', { content: rosterFixture('roster.csv'), format: 'csv' }));
    expectOk(first.run('importPeople', { content: rosterFixture('contacts.vcf'), format: 'vcard' }));
    expectOk(
      first.run('savePerson', { name: '=Formula Fan', team: '-ops', phone: '@home', email: '', chat: '+chat', notes: 'line one\nline "two", three', onCall: true }),
    );
    const { content } = expectOk(first.run('exportPeople', {}));

    const second = hosts.openOn(folders.make());
    const summary = expectOk(second.run('importPeople', { content, format: 'csv' }));
    expect(summary.problems).toEqual([]);
    expect(summary.added).toBe(roster(first).length);
    expect(roster(second)).toEqual(roster(first));

    expect(expectOk(first.run('importPeople', { content, format: 'csv' }))).toEqual({ added: 0, updated: 0, unchanged: roster(first).length, problems: [] });
  });

  it('exports an empty roster as its header alone', () => {
    const host = hosts.openOn(folders.make());
    const exported = expectOk(host.run('exportPeople', {}));
    expect(exported.people).toBe(0);
    expect(exported.content).toBe('\uFEFFname,team,phone,email,chat,notes,on call,all phones,all emails\r\n');
  });
});

