/**
 * A runbook author writes Markdown; at 3 a.m. someone follows it as a
 * checklist. The parser must read exactly what was meant, and refuse what it
 * cannot follow with the file, the line and a sentence that says why.
 */
import { describe, expect, it } from 'vitest';
import { parseRunbook } from '../../../shared/runbooks/parse-runbook.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import { FRONT_MATTER, parsed, refused, withFrontMatter } from './runbook-text.js';

describe('reading a runbook', () => {
  it('takes the front matter as what the runbook is about', () => {
    const runbook = parsed(
      [
        '---',
        'id: database-failover',
        'title: Database primary failover',
        'services:',
        '  - checkout',
        '  - payments-api',
        'target: 1h30m',
        'roles: [coordinator, database-lead]',
        'summary: When the primary stops answering and will not come back soon.',
        'tags: [database, failover]',
        '---',
        '- Confirm the primary is down',
      ].join('\n'),
      'runbooks/database-failover.md',
    );
    expect(runbook).toMatchObject({
      id: 'database-failover',
      title: 'Database primary failover',
      services: ['checkout', 'payments-api'],
      targetMs: 90 * 60_000,
      roles: ['coordinator', 'database-lead'],
      summary: 'When the primary stops answering and will not come back soon.',
      tags: ['database', 'failover'],
      file: 'runbooks/database-failover.md',
    });
  });

  it('leaves summary and tags empty when they are not written', () => {
    const runbook = parsed(withFrontMatter('- One step'));
    expect(runbook.summary).toBeNull();
    expect(runbook.tags).toEqual([]);
  });

  it('makes each top-level list item a step, with its attributes, in the order written', () => {
    const runbook = parsed(
      withFrontMatter(
        [
          '1. Confirm the primary is really gone {#confirm-down role: database-lead expect: 3m}',
          '2. Fence the old primary {#fence-primary needs: confirm-down expect: 2m}',
          '3. Promote the replica {#promote-replica needs: fence-primary, confirm-down role: database-lead expect: 1h5m}',
        ].join('\n'),
      ),
    );
    expect(runbook.steps.map(({ id, title, needs, role, expectMs, line }) => ({ id, title, needs, role, expectMs, line }))).toEqual([
      { id: 'confirm-down', title: 'Confirm the primary is really gone', needs: [], role: 'database-lead', expectMs: 180_000, line: 8 },
      { id: 'fence-primary', title: 'Fence the old primary', needs: ['confirm-down'], role: null, expectMs: 120_000, line: 9 },
      {
        id: 'promote-replica',
        title: 'Promote the replica',
        needs: ['fence-primary', 'confirm-down'],
        role: 'database-lead',
        expectMs: 65 * 60_000,
        line: 10,
      },
    ]);
  });

  it('accepts attributes in any order, on their own last line of the first paragraph, and a GitHub task-list box', () => {
    const [first, second] = parsed(
      withFrontMatter(
        ['- [ ] Confirm the primary is down', '  {expect: 3m role: database-lead #confirm-down}', '- [x] Fence it {needs:confirm-down #fence-primary}'].join('\n'),
      ),
    ).steps;
    expect(first).toMatchObject({ id: 'confirm-down', title: 'Confirm the primary is down', role: 'database-lead', expectMs: 180_000 });
    expect(second).toMatchObject({ id: 'fence-primary', title: 'Fence it', needs: ['confirm-down'] });
  });

  it('keeps what is written under a step as its details, and nested lists are not steps', () => {
    const runbook = parsed(
      withFrontMatter(
        [
          '1. Check the replica by hand {#check-replica}',
          '',
          '   Monitoring lies during a large outage: connect yourself.',
          '',
          '   ```sh',
          "   psql -h db-2 -c 'select pg_last_wal_replay_lsn()'",
          '   ```',
          '   - lag under 10 s: go on',
          '   - otherwise: call the coordinator',
          '2. Promote it {needs: check-replica}',
        ].join('\n'),
      ),
    );
    expect(runbook.steps).toHaveLength(2);
    expect(runbook.steps[0]!.details).toBe(
      [
        'Monitoring lies during a large outage: connect yourself.',
        '',
        '```sh',
        "psql -h db-2 -c 'select pg_last_wal_replay_lsn()'",
        '```',
        '- lag under 10 s: go on',
        '- otherwise: call the coordinator',
      ].join('\n'),
    );
    expect(runbook.steps[1]!.details).toBe('');
  });

  it('keeps every link in a step, inline, reference-style and bare <url>, with its text', () => {
    const [step] = parsed(
      withFrontMatter(
        [
          '- Fail over with [the DBA guide](https://wiki.example/dba) {#fail-over}',
          '',
          '  Dashboards: [replication lag][lag] and <https://grafana.example/db>.',
          '',
          '[lag]: https://grafana.example/lag',
        ].join('\n'),
      ),
    ).steps;
    expect(step!.title).toBe('Fail over with the DBA guide');
    expect(step!.links).toEqual([
      { text: 'the DBA guide', url: 'https://wiki.example/dba' },
      { text: 'replication lag', url: 'https://grafana.example/lag' },
      { text: 'https://grafana.example/db', url: 'https://grafana.example/db' },
    ]);
  });

  it('gives a step without an id one from its position, and headings name the phase of the steps below them', () => {
    const runbook = parsed(
      withFrontMatter(
        [
          '# Database failover',
          '',
          'Read this first.',
          '',
          '- Page the database lead',
          '',
          '## Decide',
          '',
          '- Confirm the primary is down {#confirm-down}',
          '- Decide to fail over',
          '',
          '## Switch over',
          '',
          '1. Promote the replica {needs: confirm-down}',
        ].join('\n'),
      ),
    );
    expect(runbook.steps.map((step) => [step.id, step.phase])).toEqual([
      ['step-1', null],
      ['confirm-down', 'Decide'],
      ['step-3', 'Decide'],
      ['step-4', 'Switch over'],
    ]);
  });

  it('reads Windows line ends and a byte-order mark the same way', () => {
    const unix = withFrontMatter('- Confirm the primary is down {#confirm-down expect: 3m}\n- Promote {needs: confirm-down}');
    const windows = `\uFEFF${unix.replace(/\n/g, '\r\n')}`;
    expect(parseRunbook(windows, 'a.md')).toEqual(parseRunbook(unix, 'a.md'));
  });
});

describe('refusing a runbook that cannot be followed', () => {
  it('names the steps of a cycle in needs, at the first of them', () => {
    const problems = refused(
      withFrontMatter(
        [
          '1. Restore the config {#restore-config needs: start-database}',
          '2. Provision the hosts {#provision-hosts}',
          '3. Restore the database {#restore-database needs: restore-config, provision-hosts}',
          '4. Start the database {#start-database needs: restore-database}',
        ].join('\n'),
      ),
    );
    expect(problems).toEqual([
      {
        file: 'runbooks/sample.md',
        line: 8,
        reason:
          'steps wait for each other in a circle, so none of them can ever start: restore-config needs start-database, start-database needs restore-database, restore-database needs restore-config',
      },
    ]);
  });

  it('reports each separate cycle, and a step that needs itself', () => {
    const problems = refused(
      withFrontMatter(
        [
          '- A {#step-aa needs: step-bb}',
          '- B {#step-bb needs: step-aa}',
          '- C {#step-cc needs: step-dd}',
          '- D {#step-dd needs: step-cc}',
          '- E {#step-ee needs: step-ee}',
        ].join('\n'),
      ),
    );
    expect(problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [8, expect.stringContaining('step-aa needs step-bb, step-bb needs step-aa')],
      [10, expect.stringContaining('step-cc needs step-dd, step-dd needs step-cc')],
      [12, 'the step "step-ee" needs itself, so it could never start'],
    ]);
  });

  it('names a need that matches no step, suggesting the id that was probably meant', () => {
    const problems = refused(withFrontMatter(['- Fence {#fence-primary}', '- Promote {#promote-replica needs: fence-primery, warm-cache}'].join('\n')));
    expect(problems.map(formatProblem)).toEqual([
      'runbooks/sample.md:9: the step "promote-replica" needs "fence-primery", but no step has that id (did you mean "fence-primary"?)',
      'runbooks/sample.md:9: the step "promote-replica" needs "warm-cache", but no step has that id',
    ]);
  });

  it('refuses two steps with one id, pointing at the second and naming the first', () => {
    const problems = refused(withFrontMatter(['- Fence {#fence-primary}', '- Check', '- Fence again {#fence-primary}'].join('\n')));
    expect(problems).toEqual([
      { file: 'runbooks/sample.md', line: 10, reason: 'the step id "fence-primary" is already used by the step on line 8; give each step its own id' },
    ]);
  });

  it('refuses an unknown attribute, a value without a name, a doubled attribute and a bad duration', () => {
    const problems = refused(
      withFrontMatter(
        ['- Fence {#fence-primary owner: dana}', '- Promote {promote-replica}', '- Warm {role: coordinator role: database-lead}', '- Check {expect: 5 minutes}'].join('\n'),
      ),
    );
    expect(problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [8, 'unknown attribute "owner": a step’s attributes are #id, needs:, role:, expect:, confirm: and restores:'],
      [9, '"promote-replica" is not an attribute: a step’s attributes are #id, needs:, role:, expect:, confirm: and restores: (an id is written #promote-replica)'],
      [10, '"role:" is given twice; write it once'],
      [11, 'the expected duration "5 minutes" is not a duration: write it like 45s, 20m, 2h or 1h30m (d days, h hours, m minutes, s seconds)'],
    ]);
  });

  it('refuses a step id that is too short, or that looks like a generated one, and a need by position', () => {
    const problems = refused(withFrontMatter(['- Fence {#fence}', '- Check {#step-2}', '- Promote {#promote-replica needs: step-1}'].join('\n')));
    expect(problems.map((problem) => problem.reason)).toEqual([
      '"#fence" is not a step id: 6 to 64 lower-case letters, digits or dashes, like #restore-db',
      '"#step-2" is reserved for steps written without an id; choose a name like #restore-db',
      '"needs: step-1" points at a step by its position; give that step an id, like {#restore-db}, and need it by that id',
    ]);
  });

  it('refuses a step whose role is not among the runbook’s roles', () => {
    const problems = refused(withFrontMatter('- Fence {#fence-primary role: network-lead}'));
    expect(problems.map(formatProblem)).toEqual([
      'runbooks/sample.md:8: the role "network-lead" is not one of this runbook\'s roles (coordinator, database-lead); add it to "roles" or correct it',
    ]);
  });

  it('refuses attributes that do not end the first paragraph, where they would silently be read as text', () => {
    const problems = refused(withFrontMatter(['- Fence the primary {#fence-primary expect: 2m}', '  and check it is fenced'].join('\n')));
    expect(problems).toEqual([
      {
        file: 'runbooks/sample.md',
        line: 9,
        reason: 'the attributes in braces must end the step’s first paragraph; put a blank line between the step and its details',
      },
    ]);
  });

  it('refuses an indented item written as a step, which would otherwise silently become details', () => {
    const problems = refused(withFrontMatter(['1. Fence the primary {#fence-primary}', '   1. Promote the replica {#promote-replica needs: fence-primary}'].join('\n')));
    expect(problems.map(formatProblem)).toEqual([
      'runbooks/sample.md:9: this indented item has step attributes, but only top-level list items are steps: un-indent it to make it a step, or drop the braces',
    ]);
  });

  it('refuses a step with no title and a runbook with no steps', () => {
    expect(refused(withFrontMatter('- {#fence-primary}')).map((problem) => problem.reason)).toEqual([
      'this step has no title: write what to do before its attributes',
    ]);
    expect(refused(withFrontMatter('Just prose, no list.')).map(formatProblem)).toEqual([
      'runbooks/sample.md:8: this runbook has no steps: write each step as an item of a list ("1. Fence the old primary")',
    ]);
  });

  it('refuses a file without front matter, or with front matter never closed', () => {
    expect(refused('# Failover\n\n- Step').map(formatProblem)).toEqual([
      'runbooks/sample.md:1: a runbook starts with its front matter: a line "---", the fields (id, title, services, target, roles), then another "---"',
    ]);
    expect(refused('---\nid: database-failover\n- Step').map(formatProblem)).toEqual([
      'runbooks/sample.md:1: the front matter opened here is never closed: end it with a line "---"',
    ]);
  });

  it('takes YAML\'s end-of-document line "..." as the end of the front matter too', () => {
    const text = [...FRONT_MATTER.slice(0, -1), '...', '- Confirm the primary is down'].join('\n');
    expect(parsed(text)).toMatchObject({ id: 'database-failover', steps: [{ title: 'Confirm the primary is down', line: 8 }] });
  });

  it('names each missing front matter field at the opening line', () => {
    const problems = refused(['---', 'id: database-failover', 'title: Failover', '---', '- Step'].join('\n'));
    expect(problems.map((problem) => problem.line)).toEqual([1, 1, 1]);
    expect(problems.map((problem) => problem.reason.split(':')[0])).toEqual([
      'the front matter has no "services"',
      'the front matter has no "target"',
      'the front matter has no "roles"',
    ]);
  });

  it('points at the line of each bad front matter field', () => {
    const problems = refused(
      [
        '---',
        'id: Database Failover',
        'title: Failover',
        'services: checkout',
        'target: 30',
        'roles:',
        '  - coordinator',
        '  - dba',
        'owners: dana',
        '---',
        '- Step',
      ].join('\n'),
    );
    expect(problems.map(formatProblem)).toEqual([
      'runbooks/sample.md:2: the id "Database Failover" is not a runbook id: 6 to 64 lower-case letters, digits or dashes, like database-failover',
      expect.stringMatching(/^runbooks\/sample\.md:4: "services" must be a list/),
      'runbooks/sample.md:5: the target "30" is not a duration: write it like 45s, 20m, 2h or 1h30m (d days, h hours, m minutes, s seconds)',
      'runbooks/sample.md:8: the role "dba" is not a role id: 6 to 64 lower-case letters, digits or dashes, like operations-lead',
      'runbooks/sample.md:9: unknown front matter field "owners": the fields are id, title, services, target, roles, summary, tags, owner, reviewed, review_every',
    ]);
  });

  it('points at broken YAML where it breaks', () => {
    const problems = refused(['---', 'id: database-failover', 'title: [unclosed', 'target: 15m', '---', '- Step'].join('\n'));
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
    expect(problems[0]!.reason).toMatch(/^the front matter is not valid YAML: /);
  });

  it('says to quote a title containing ": ", the YAML mistake authors make most', () => {
    const problems = refused(['---', 'id: release-rollback', 'title: Rollback: the bad release', 'services: []', 'target: 30m', 'roles: [coordinator]', '---', '- Step'].join('\n'));
    expect(problems.map(formatProblem)).toEqual([
      'runbooks/sample.md:3: the front matter is not valid YAML: Nested mappings are not allowed in compact mappings (put a value that contains ": " in quotes)',
    ]);
  });

  it('reports every problem at once, in line order, so one pass fixes them all', () => {
    const problems = refused(
      ['---', 'id: database-failover', 'title: Failover', 'services: []', 'target: soon', 'roles: [coordinator]', '---', '- A {#step-aa needs: nowhere}', '- B {expect: 1.5h}'].join(
        '\n',
      ),
    );
    expect(problems.map((problem) => problem.line)).toEqual([5, 8, 9]);
  });
});
