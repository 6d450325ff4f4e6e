/**
 * `holdfast people import|export` from a terminal: the roster brought in
 * from a spreadsheet or contact cards with each left-out row printed as
 * FILE:LINE, and written out as a CSV that imports back unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();
const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'people');

async function cli(args: readonly string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli([...args], { out: (line) => stdout.push(line), err: (line) => stderr.push(line), env: {} });
  return { code, stdout, stderr };
}

describe('holdfast people', () => {
  it('imports a CSV, printing what it did and each left-out row as FILE:LINE', async () => {
    const data = folders.make();
    const file = path.join(FIXTURES, 'roster.csv');
    const run = await cli(['people', 'import', file, '--data', data]);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([`${file}: 5 added, 0 updated, 0 unchanged, 4 problems`]);
    expect(run.stderr).toEqual([
      `${file}:1: the column "Shoe size" is not one Holdfast keeps, so it was left out`,
      `${file}:7: no name`,
      `${file}:8: the on-call column says "maybe": write yes or no`,
      `${file}:10: the e-mail address is too long (at most 200 characters)`,
    ]);
  });

  it('reads a .vcf file as vCards without being told', async () => {
    const data = folders.make();
    const run = await cli(['people', 'import', path.join(FIXTURES, 'contacts.vcf'), '--data', data]);
    expect(run.stdout[0]).toMatch(/: 3 added, 0 updated, 0 unchanged, 3 problems$/);
  });

  it('reads a Windows-1252 .vcf as its bytes, so the accents arrive, and names the line it cannot decode', async () => {
    const data = folders.make();
    const file = path.join(folders.make(), 'outlook.vcf');
    const cards = 'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252:Mu\xF1oz;Jos\xE9\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ren\xE9e\r\nEND:VCARD\r\n';
    fs.writeFileSync(file, Buffer.from(cards, 'latin1'));
    const run = await cli(['people', 'import', file, '--data', data]);
    expect(run.stdout).toEqual([`${file}: 1 added, 0 updated, 0 unchanged, 1 problem`]);
    expect(run.stderr).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7: this line is not UTF-8`))]);
    expect(expectOk(hosts.openOn(data).run('listPeople', {})).map((person) => person.name)).toEqual(['José Muñoz']);
  });

  it('exports into a folder under the usual name, and that file imports back changing nothing', async () => {
    const data = folders.make();
    await cli(['people', 'import', path.join(FIXTURES, 'roster.csv'), '--data', data]);
    const out = folders.make();
    const exported = await cli(['people', 'export', out, '--data', data]);
    expect(exported.code).toBe(0);
    const [written] = fs.readdirSync(out);
    expect(written).toMatch(/^roster-.*\.csv$/);
    expect(exported.stdout).toEqual([`Wrote 5 people to ${path.join(out, written!)}`]);

    const again = await cli(['people', 'import', path.join(out, written!), '--data', data]);
    expect(again.stdout).toEqual([`${path.join(out, written!)}: 0 added, 0 updated, 5 unchanged, 0 problems`]);
    const host = hosts.openOn(data);
    expect(expectOk(host.run('listPeople', {}))).toHaveLength(5);
  });

  it('says what is wrong with the command line, and with a file that cannot be used, with the exit codes a script can test', async () => {
    const data = folders.make();
    const noVerb = await holdfast(['people', '--data', data]);
    expect(noVerb.code).toBe(2);
    expect(noVerb.stderr).toContain('Say what to do with the roster: import or export.');

    const badFormat = await cli(['people', 'import', path.join(FIXTURES, 'roster.csv'), '--format', 'xlsx', '--data', data]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr[0]).toBe('holdfast people: --format is csv or vcard, not "xlsx".');

    const missing = await cli(['people', 'import', path.join(data, 'nowhere.csv'), '--data', data]);
    expect(missing.code).toBe(1);
    expect(missing.stderr[0]).toMatch(/There is no file .*nowhere\.csv\./);

    const noName = await cli(['people', 'import', path.join(FIXTURES, 'no-name-column.csv'), '--data', data]);
    expect(noName.code).toBe(1);
    expect(noName.stderr[0]).toMatch(/^holdfast people: The file has no name column\./);
  });
});
