/**
 * Reading a status update template as the reporter's composer will: a
 * clean one becomes a template; anything a person must fix is named with
 * its file and line, and a template with a misspelt placeholder never
 * reaches a customer.
 */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_NAMES } from '../../../shared/updates/placeholders.js';
import { readStatusTemplate } from '../../../shared/updates/template-file.js';

const FILE = '/runbooks/status-updates/customers-investigating.md';

function template(frontMatter: string, body: string): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

const GOOD_FRONT = 'id: customers-investigating\ntitle: Customers — investigating\naudience: customers\nstatuses: [investigating]';

describe('a status update template file', () => {
  it('reads its id, title, audience, statuses and body', () => {
    const read = readStatusTemplate(FILE, template(GOOD_FRONT, '\nWe are investigating {{title}}.\n\nNext update by {{ next_update }}.\n'));
    expect(read).toEqual({
      ok: true,
      template: {
        id: 'customers-investigating',
        title: 'Customers — investigating',
        audience: 'customers',
        statuses: ['investigating'],
        body: 'We are investigating {{title}}.\n\nNext update by {{ next_update }}.',
        file: FILE,
      },
    });
  });

  it('suits any status when it lists none', () => {
    const read = readStatusTemplate(FILE, template('id: management-briefing\ntitle: Briefing\naudience: management', 'Status: {{status}}'));
    expect(read.ok && read.template.statuses).toEqual([]);
  });

  it('accepts a file saved with Windows line endings and a byte-order mark', () => {
    const read = readStatusTemplate(FILE, '\uFEFF' + template(GOOD_FRONT, 'Impact: {{public_impact}}').replace(/\n/g, '\r\n'));
    expect(read.ok && read.template.body).toBe('Impact: {{public_impact}}');
  });

  it('refuses an unknown placeholder, naming the file, the line, the placeholder and every known one', () => {
    const body = ['We are investigating {{title}}.', '', 'We expect a fix by {{eta}}.', 'Next update by {{next_update}}.'].join('\n');
    const read = readStatusTemplate(FILE, template(GOOD_FRONT, body));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    const [problem] = read.problems;
    // Front matter takes lines 1 to 6, so the body's third line is line 9 of the file.
    expect(problem).toMatchObject({ file: FILE, line: 9 });
    expect(problem!.message).toContain('Unknown placeholder {{eta}}');
    for (const name of PLACEHOLDER_NAMES) expect(problem!.message).toContain(`{{${name}}}`);
  });

  it('refuses a customer template that would paste the internal impact summary, naming the public one', () => {
    const read = readStatusTemplate(FILE, template(GOOD_FRONT, 'We are investigating {{title}}.\n\n{{impact}}'));
    expect(read).toEqual({
      ok: false,
      problems: [{ file: FILE, line: 9, message: 'Customers read this template: write {{public_impact}} (the impact as customers are told it), not {{impact}}, the internal summary.' }],
    });
    expect(readStatusTemplate(FILE, template('id: internal-first-alert\ntitle: Internal\naudience: internal', 'What we know: {{impact}}')).ok).toBe(true);
  });

  it('reports every unknown placeholder with its own line, including a miscapitalised one', () => {
    const read = readStatusTemplate(FILE, template(GOOD_FRONT, '{{Title}} is down.\nStarted {{started}}.\nCall {{on_call}}.'));
    expect(read.ok ? [] : read.problems.map((problem) => [problem.line, problem.message.split('.')[0]])).toEqual([
      [7, 'Unknown placeholder {{Title}}'],
      [9, 'Unknown placeholder {{on_call}}'],
    ]);
  });

  it('refuses a "{{" left open, at its line', () => {
    const read = readStatusTemplate(FILE, template(GOOD_FRONT, 'Fine line.\nBroken {{title here.'));
    expect(read.ok ? null : read.problems).toEqual([{ file: FILE, line: 8, message: 'A "{{" is not closed by "}}" on the same line.' }]);
  });

  it('refuses a wrong audience at the line of the field, and says which audiences there are', () => {
    const read = readStatusTemplate(FILE, template('id: customers-investigating\ntitle: T\naudience: press', 'Hello'));
    expect(read.ok ? null : read.problems).toEqual([
      { file: FILE, line: 4, message: 'The audience must be one of internal, customers, partners, management, not "press".' },
    ]);
  });

  it('refuses a missing or malformed id, an unknown field and an unknown status', () => {
    const read = readStatusTemplate(FILE, template('id: Bad Id\ntitle: T\naudience: internal\nstatus: [investigating]\nstatuses: [fixed]', 'Hello'));
    expect(read.ok ? [] : read.problems.map((problem) => problem.line)).toEqual([5, 2, 6]);
    expect(read.ok ? '' : read.problems.map((problem) => problem.message).join('\n')).toMatch(/Unknown field "status"[\s\S]*id must be[\s\S]*not "fixed"/);
  });

  it('refuses a file without front matter, or with front matter never closed', () => {
    expect(readStatusTemplate(FILE, 'Just text {{title}}')).toMatchObject({ ok: false, problems: [{ file: FILE, line: 1 }] });
    expect(readStatusTemplate(FILE, '---\nid: abcdef\n{{title}}')).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: expect.stringContaining('never closed') }],
    });
  });

  it('refuses front matter that is not valid YAML, at the line YAML stumbled on', () => {
    const read = readStatusTemplate(FILE, template('id: customers-investigating\ntitle: Customers: investigating\naudience: customers', 'Hello'));
    expect(read).toMatchObject({ ok: false, problems: [{ file: FILE, line: 3 }] });
  });

  it('refuses a template with no text', () => {
    expect(readStatusTemplate(FILE, template(GOOD_FRONT, '\n\n'))).toMatchObject({
      ok: false,
      problems: [{ message: 'The template has no text after its front matter.' }],
    });
  });
});
