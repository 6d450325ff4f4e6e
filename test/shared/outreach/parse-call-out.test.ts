/**
 * The call-out file as its author writes it: every mistake is refused with
 * its line and a reason, and the rest of the file still loads; the
 * README's example is what the parser reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCallOut } from '../../../shared/outreach/parse-call-out.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';

const FILE = 'call-out.yaml';
const problemsOf = (text: string) => parseCallOut(text, FILE).problems.map(formatProblem);

describe('reading a call-out file', () => {
  it('reads the README’s example: chains per team, named people, partners at their level', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '../../../runbooks/outreach/README.md'), 'utf8');
    const example = /## `call-out\.yaml`[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const parsed = parseCallOut(example, FILE);
    expect(parsed.problems).toEqual([]);
    const sev1 = parsed.severities.find((severity) => severity.severity === 'SEV1')!;
    expect(sev1.escalateAfterMs).toBe(5 * 60_000);
    expect(sev1.chains).toEqual([
      { kind: 'team', team: 'Payments', steps: [{ onCall: true, line: 5 }, { name: 'Priya Shah', line: 5 }], line: 5 },
      { kind: 'team', team: 'Network', steps: [{ onCall: true, line: 6 }], line: 6 },
      { kind: 'people', people: [{ name: 'Dana Okafor', line: 8 }], line: 8 },
      { kind: 'people', people: [{ name: 'Marta Ruiz', line: 10 }, { name: 'Sam Lee', line: 10 }], line: 10 },
      { kind: 'partner', partner: 'North Bank', level: 'working-group', line: 12 },
      { kind: 'partner', partner: 'Telia Carrier', level: 'information', line: 13 },
    ]);
    expect(parsed.severities.map((severity) => severity.severity)).toEqual(['SEV1', 'SEV3']);
  });

  it('reads the shipped file with no problem', () => {
    const shipped = fs.readFileSync(path.join(import.meta.dirname, '../../../runbooks/outreach/call-out.yaml'), 'utf8');
    const parsed = parseCallOut(shipped, FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.severities.map((severity) => [severity.severity, severity.escalateAfterMs / 60_000])).toEqual([
      ['SEV1', 5],
      ['SEV2', 15],
      ['SEV3', 30],
      ['SEV4', 60],
    ]);
  });

  it('refuses an unknown severity with its line, and loads the others', () => {
    const parsed = parseCallOut('SEV5:\n  escalate-after: 5m\nSEV2:\n  escalate-after: 15m\n  teams:\n    Payments: [on-call]\n', FILE);
    expect(parsed.problems.map(formatProblem)).toEqual(['call-out.yaml:1: "SEV5" is not a severity: write one of SEV1, SEV2, SEV3, SEV4']);
    expect(parsed.severities.map((severity) => severity.severity)).toEqual(['SEV2']);
  });

  it('refuses a duration that is not one, a missing one and one longer than a day', () => {
    expect(problemsOf('SEV1:\n  escalate-after: 5 minutes\n')).toEqual([
      'call-out.yaml:2: SEV1\'s "escalate-after" "5 minutes" is not a duration: write it like 45s, 20m, 2h or 1h30m (d days, h hours, m minutes, s seconds)',
    ]);
    expect(problemsOf('SEV1:\n  teams:\n    Payments: [on-call]\n')).toEqual([
      'call-out.yaml:1: SEV1 has no "escalate-after": how long to try one person before calling the next, like "escalate-after: 5m"',
    ]);
    expect(problemsOf('SEV1:\n  escalate-after: 2d\n')).toEqual(['call-out.yaml:2: SEV1\'s "escalate-after" "2d" is longer than a day: nobody waits that long for an answer']);
  });

  it('refuses an unknown engagement level, and "released", with the levels to write', () => {
    const parsed = parseCallOut('SEV1:\n  escalate-after: 5m\n  partners:\n    all-hands: [North Bank]\n    released: [Telia]\n    information: [Telia]\n', FILE);
    expect(parsed.problems.map(formatProblem)).toEqual([
      'call-out.yaml:4: "all-hands" is not an engagement level to call a partner in at: write information, resources, working-group',
      'call-out.yaml:5: "released" is not an engagement level to call a partner in at: write information, resources, working-group',
    ]);
    expect(parsed.severities[0]!.chains).toEqual([{ kind: 'partner', partner: 'Telia', level: 'information', line: 6 }]);
  });

  it('refuses an unknown field, a team naming nobody, and a severity written twice', () => {
    expect(problemsOf('SEV1:\n  escalate-after: 5m\n  managers: [Dana]\n  teams:\n    Payments: []\n    Network: [on-call]\nSEV1:\n  escalate-after: 1m\n')).toEqual([
      'call-out.yaml:3: unknown field "managers" in SEV1: the fields are escalate-after, teams, people, partners',
      'call-out.yaml:5: Payments in SEV1 names nobody to call: write whom to call in order, like "Payments: [on-call, Priya Shah]"',
      'call-out.yaml:7: SEV1 is written twice in this file (first on line 1); put everything under the first one',
    ]);
  });

  it('refuses a file that is not valid YAML as a whole, saying so', () => {
    const parsed = parseCallOut('SEV1:\n  escalate-after: 5m\n  teams: [unclosed\n', FILE);
    expect(parsed.severities).toEqual([]);
    expect(parsed.problems[0]!.reason).toMatch(/^this file is not valid YAML, so nobody in it is called/);
  });

  it('reads an empty file as calling nobody, with no problem', () => {
    expect(parseCallOut('# nothing yet\n', FILE)).toEqual({ severities: [], problems: [] });
  });
});
