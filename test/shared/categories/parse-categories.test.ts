/**
 * The categories file is written by hand: every mistake comes back as
 * FILE:LINE: reason, a bad cause never keeps the good ones out, and a
 * laptop's own file is read over the shipped one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTaxonomy, withRetiredCauses } from '../../../shared/categories/build-taxonomy.js';
import { parseCategories } from '../../../shared/categories/parse-categories.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';

const runbooks = path.join(import.meta.dirname, '../../../runbooks');
const taxonomy = (...files: [string, string][]) => buildTaxonomy(files.map(([file, text]) => parseCategories(text, file)));
const printed = (view: ReturnType<typeof taxonomy>) => view.problems.map(formatProblem);
const ids = (view: ReturnType<typeof taxonomy>) => view.causes.map((cause) => cause.id);
const cause = (id: string, extra = '') => `  - id: ${id}\n    name: Cause ${id}\n${extra}`;

describe('the categories file', () => {
  it('reads each cause with its name and description, in the file’s order', () => {
    const view = taxonomy(['categories.yaml', `causes:\n${cause('change', '    description: A release set it off.\n')}${cause('capacity')}`]);
    expect(view.problems).toEqual([]);
    expect(view.causes).toEqual([
      { id: 'change', name: 'Cause change', description: 'A release set it off.' },
      { id: 'capacity', name: 'Cause capacity', description: '' },
    ]);
  });

  it('ships a taxonomy a coordinator recognises, with no problems', () => {
    const view = taxonomy(['categories.yaml', fs.readFileSync(path.join(runbooks, 'categories.yaml'), 'utf8')]);
    expect(view.problems).toEqual([]);
    expect(ids(view)).toEqual(expect.arrayContaining(['change', 'capacity', 'dependency', 'hardware', 'security', 'external-provider', 'unknown']));
    expect(view.causes.every((one) => one.description.length > 0)).toBe(true);
  });

  it('holds the README’s example to the parser', () => {
    const readme = fs.readFileSync(path.join(runbooks, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Incident categories'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const view = taxonomy(['categories.yaml', example!]);
    expect(view.problems).toEqual([]);
    expect(view.causes).toEqual([{ id: 'certificate-expiry', name: 'Certificate expiry', description: 'A certificate or key ran out and nobody renewed it in time.' }]);
  });

  it('refuses a file that is not YAML, naming its line, and loads nothing from it', () => {
    const view = taxonomy(['a.yaml', 'causes:\n  - id: change\n    name: [Change\n']);
    expect(view.causes).toEqual([]);
    expect(printed(view)[0]).toMatch(/^a\.yaml:\d+: this file is not valid YAML, so none of its causes load/);
  });

  it('refuses an unknown field, at the top and in a cause, and keeps the others', () => {
    const view = taxonomy(['a.yaml', `causes:\n${cause('change', '    colour: red\n')}${cause('capacity')}services: []\n`]);
    expect(ids(view)).toEqual(['capacity']);
    expect(printed(view)).toEqual([
      'a.yaml:7: unknown field "services" at the top of a categories file: the file holds "causes:" only',
      'a.yaml:4: unknown field "colour" of a cause: the fields are id, name, description',
    ]);
  });

  it('refuses a bad id, a missing id and a missing name, naming each line', () => {
    const view = taxonomy(['a.yaml', `causes:\n${cause('Bad Change')}  - name: Nameless\n  - id: bare\n${cause('hardware')}`]);
    expect(ids(view)).toEqual(['hardware']);
    expect(printed(view)).toEqual([
      'a.yaml:2: "Bad Change" is not a cause id: 2 to 64 lower-case letters, digits or dashes, starting with a letter or digit, like external-provider',
      'a.yaml:4: this cause has no "id": give it one, like "- id: change"',
      'a.yaml:5: the cause "bare" has no "name": what people call it, like "name: External provider"',
    ]);
  });

  it('refuses the same id twice in one file, keeping the first and saying where it is', () => {
    const view = taxonomy(['a.yaml', `causes:\n${cause('change')}${cause('capacity')}  - id: change\n    name: Changed again\n`]);
    expect(view.causes.map((one) => one.name)).toEqual(['Cause change', 'Cause capacity']);
    expect(printed(view)).toEqual(['a.yaml:6: the cause id "change" is also defined on line 2, which is kept; give each cause its own id']);
  });

  it('refuses "causes" that is not a list and a field written twice', () => {
    expect(printed(taxonomy(['a.yaml', 'causes: change\n']))).toEqual(['a.yaml:1: "causes" must be a list of causes, each starting with "- id:" on its own line']);
    expect(printed(taxonomy(['a.yaml', `causes:\n${cause('change', '    name: Again\n')}`]))).toEqual([
      'a.yaml:4: "name" is written twice in this cause (first on line 3); keep one',
    ]);
  });

  it('reads an empty file as no causes, without a problem', () => {
    expect(taxonomy(['a.yaml', '# nothing yet\n'])).toEqual({ causes: [], problems: [] });
  });

  it('reads an own folder’s file over the shipped one: it renames a cause in its place and adds its own after', () => {
    const view = taxonomy(
      ['shipped/categories.yaml', `causes:\n${cause('change')}${cause('capacity')}`],
      ['own/categories.yaml', `causes:\n  - id: change\n    name: Release or change\n${cause('certificate-expiry')}`],
    );
    expect(view.causes.map((one) => `${one.id}=${one.name}`)).toEqual(['change=Release or change', 'capacity=Cause capacity', 'certificate-expiry=Cause certificate-expiry']);
  });

  it('keeps, by id and after the file’s, a cause an incident used that no file names any more', () => {
    const { causes } = taxonomy(['a.yaml', `causes:\n${cause('change')}`]);
    const all = withRetiredCauses(causes, ['change', 'power-cut', 'power-cut']);
    expect(all.map((one) => one.id)).toEqual(['change', 'power-cut']);
    expect(all[1]).toMatchObject({ name: 'power-cut', retired: true });
  });
});
