/**
 * Role cards as shipped data: every shipped card loads, and a card someone
 * broke while editing is refused with its file, line and reason while the
 * others still load.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRoleCards } from '../../../electron/roles/role-cards.js';
import { TempFolders } from '../../support/temp-folders.js';

const SHIPPED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'runbooks', 'roles');

const folders = new TempFolders();
afterEach(() => folders.removeAll());

/** A folder holding the given files (name → text). */
function folderWith(files: Record<string, string>): string {
  const folder = folders.make('holdfast-cards-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  return folder;
}

const card = (id: string, name: string, summary = `What the ${name} is for.`) => `---\nid: ${id}\nname: ${name}\nsummary: ${summary}\n---\n\n## Duties\n\n- First duty.\n- Second duty.\n`;
const KEY_CARDS = { 'coordinator.md': card('coordinator', 'Coordinator'), 'reporter.md': card('reporter', 'Reporter'), 'partner-liaison.md': card('partner-liaison', 'Partner liaison') };

describe('the shipped role cards', () => {
  const shipped = loadRoleCards(SHIPPED);

  it('all load, without a problem, key roles first', () => {
    expect(shipped.problems).toEqual([]);
    expect(shipped.cards.map((each) => each.id)).toEqual(['coordinator', 'reporter', 'partner-liaison', 'application-lead', 'database-lead', 'monitoring-lead', 'network-lead', 'operations-lead', 'release-lead', 'scribe', 'subject-expert', 'support-lead']);
    for (const each of shipped.cards) {
      expect(each.summary, each.id).not.toBe('');
      expect(each.duties.length, each.id).toBeGreaterThanOrEqual(3);
      expect(each.file).toBe(path.join(SHIPPED, `${each.id}.md`));
    }
  });

  it("give the coordinator the action plan's instructions, in order", () => {
    const duties = shipped.cards.find((each) => each.id === 'coordinator')!.duties;
    const order = [/^Assess the scale/, /^Plan/, /^Inform management/, /^Delegate/, /^Control/, /^Bring in resources/, /^Record what happens/, /^Organise the analysis/];
    const positions = order.map((pattern) => duties.findIndex((duty) => pattern.test(duty)));
    expect(positions.every((position) => position !== -1), JSON.stringify(duties)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('give the partner liaison the three engagement levels', () => {
    const duties = shipped.cards.find((each) => each.id === 'partner-liaison')!.duties.join('\n');
    expect(duties).toMatch(/^Information \(notify only\)/m);
    expect(duties).toMatch(/^Resource mobilisation/m);
    expect(duties).toMatch(/^Working group/m);
  });

  it('read bold and links as their plain words', () => {
    const reporter = shipped.cards.find((each) => each.id === 'reporter')!;
    expect(reporter.duties[0]).toMatch(/^Publish the first update quickly, even if/);
    expect(reporter.duties.join(' ')).not.toContain('**');
  });
});

describe('a role card someone broke', () => {
  it.each([
    ['no front matter', 'scribe.md', '# Scribe\n\n- Write it down.\n', 1, 'The file must start with front matter'],
    ['front matter never closed', 'scribe.md', '---\nid: scribe\nname: Scribe\n\n- Write it down.\n', 1, 'never closed'],
    ['front matter "closed" with "...", which a card does not take', 'scribe.md', '---\nid: scribe\nname: Scribe\nsummary: x\n...\n- Write it down.\n', 1, 'never closed'],
    ['a misspelt key', 'scribe.md', '---\nid: scribe\nname: Scribe\nsumary: Keeps the timeline.\n---\n- Write it down.\n', 4, '"sumary" is not a role card key'],
    ['a key missing', 'scribe.md', '---\nid: scribe\nname: Scribe\n---\n- Write it down.\n', 1, 'The summary is missing'],
    ['broken YAML', 'scribe.md', '---\nid: scribe\nname: Scribe\nname: Scribe again\nsummary: x\n---\n- Write it down.\n', 4, 'not valid YAML'],
    ['an id unlike its file name', 'scribe.md', '---\nid: note-taker\nname: Scribe\nsummary: x\n---\n- Write it down.\n', 2, 'does not match the file name scribe.md'],
    ['an id that is not an id', 'scribe.md', '---\nid: Scribe Role\nname: Scribe\nsummary: x\n---\n- Write it down.\n', 2, 'must be 6 to 64 lower-case'],
    ['a paragraph the card would not show', 'scribe.md', '---\nid: scribe\nname: Scribe\nsummary: x\n---\n\n- Write it down.\n\nAlso remember lunch.\n', 9, 'this paragraph would not be'],
    ['a second list', 'scribe.md', '---\nid: scribe\nname: Scribe\nsummary: x\n---\n- Write it down.\n\n## More\n\n- Another.\n', 10, 'second list'],
    ['a nested duty', 'scribe.md', '---\nid: scribe\nname: Scribe\nsummary: x\n---\n- Write it down.\n  - with a pen\n', 7, 'one level deep'],
    ['no duties', 'scribe.md', '---\nid: scribe\nname: Scribe\nsummary: x\n---\n\n## Duties\n', 6, 'has no duties'],
  ])('with %s is refused with its line, and the other cards still load', (_what, name, text, line, message) => {
    const folder = folderWith({ ...KEY_CARDS, 'operations-lead.md': card('operations-lead', 'Operations lead'), [name]: text });
    const loaded = loadRoleCards(folder);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ file: path.join(folder, name), line });
    expect(loaded.problems[0]!.message).toContain(message);
    expect(loaded.cards.map((each) => each.id)).toEqual(['coordinator', 'reporter', 'partner-liaison', 'operations-lead']);
  });

  it('reports a missing key role card by name, and a README is not taken for a card', () => {
    const folder = folderWith({ 'coordinator.md': KEY_CARDS['coordinator.md'], 'reporter.md': KEY_CARDS['reporter.md'], 'README.md': '# Role cards\n\nHow to write them.\n' });
    const loaded = loadRoleCards(folder);
    expect(loaded.cards.map((each) => each.id)).toEqual(['coordinator', 'reporter']);
    expect(loaded.problems).toEqual([
      { file: path.join(folder, 'partner-liaison.md'), line: null, message: 'The key role Partner liaison has no card; add partner-liaison.md.' },
    ]);
  });

  it('is refused with a sentence when the whole folder is missing', () => {
    const folder = path.join(folders.make('holdfast-cards-'), 'roles');
    const loaded = loadRoleCards(folder);
    expect(loaded.cards).toEqual([]);
    expect(loaded.problems).toEqual([{ file: folder, line: null, message: 'The role cards folder cannot be read (it does not exist).' }]);
  });

  it('is read from a Windows editor (byte-order mark and CRLF) as any other', () => {
    const windows = `\uFEFF${card('scribe', 'Scribe')}`.replace(/\n/g, '\r\n');
    const loaded = loadRoleCards(folderWith({ ...KEY_CARDS, 'scribe.md': windows }));
    expect(loaded.problems).toEqual([]);
    expect(loaded.cards.find((each) => each.id === 'scribe')).toMatchObject({ name: 'Scribe', duties: ['First duty.', 'Second duty.'] });
  });
});
