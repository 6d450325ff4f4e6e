/**
 * `confirm: two` and `restores:` in a step's attributes: the step a second
 * person must confirm, and the services finishing it brings back. Bad values
 * are refused at their line with what to write instead.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import { parsed, refused, withFrontMatter } from './runbook-text.js';

describe('four eyes and restored services in a step’s attributes', () => {
  it('reads confirm: two and the services a step restores, commas or spaces between them', () => {
    const runbook = parsed(
      withFrontMatter(
        [
          '1. Fence the old primary {#fence-primary confirm: two}',
          '2. Promote the replica {#promote-replica needs: fence-primary confirm: two restores: primary-database, checkout}',
          '3. Point DNS at it {restores: dns ldap-directory,dns}',
          '4. Tell everyone',
        ].join('\n'),
      ),
    );
    expect(runbook.steps.map(({ id, confirm, restores }) => ({ id, confirm, restores }))).toEqual([
      { id: 'fence-primary', confirm: 'two', restores: [] },
      { id: 'promote-replica', confirm: 'two', restores: ['primary-database', 'checkout'] },
      { id: 'step-3', confirm: 'one', restores: ['dns', 'ldap-directory'] },
      { id: 'step-4', confirm: 'one', restores: [] },
    ]);
  });

  it('takes confirm: one as the default written out', () => {
    expect(parsed(withFrontMatter('- Check {#check-lag confirm: one}')).steps[0]!.confirm).toBe('one');
  });

  it('refuses a confirm that is not one or two, saying what to write', () => {
    const problems = refused(withFrontMatter(['- Fence {#fence-primary confirm: three}', '- Promote {#promote-replica confirm:}'].join('\n')));
    expect(problems.map(formatProblem)).toEqual([
      'runbooks/sample.md:8: "confirm: three" is not one or two: write confirm: two for a step a second person must confirm (or confirm: one, the default)',
      'runbooks/sample.md:9: "confirm:" is empty: write confirm: two for a step a second person must confirm (or confirm: one, the default)',
    ]);
  });

  it('refuses a service id that the catalogue could not have, and a restores: naming none', () => {
    const problems = refused(withFrontMatter(['- Promote {#promote-replica restores: Primary_Database, checkout}', '- Repoint {#repoint-apps restores:}'].join('\n')));
    expect(problems.map(formatProblem)).toEqual([
      'runbooks/sample.md:8: "Primary_Database" in "restores:" is not a service id: 2 to 64 lower-case letters, digits or dashes, as the service catalogue names them (like primary-database)',
      'runbooks/sample.md:9: "restores:" names no service; list the ids of the services this step brings back, like restores: dns, ldap-directory',
    ]);
  });

  it('refuses confirm: given twice, like any attribute', () => {
    const problems = refused(withFrontMatter('- Fence {#fence-primary confirm: two confirm: two}'));
    expect(problems.map((problem) => problem.reason)).toEqual(['"confirm:" is given twice; write it once']);
  });

  it('refuses confirm: written in the middle of the title, where it would be read as text', () => {
    const problems = refused(withFrontMatter(['- Fence the primary {confirm: two}', '  and check it is fenced'].join('\n')));
    expect(problems.map((problem) => problem.reason)).toEqual([
      'the attributes in braces must end the step’s first paragraph; put a blank line between the step and its details',
    ]);
  });
});
