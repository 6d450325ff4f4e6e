/** The readiness checklist file, as a team writes it. */
import { describe, expect, it } from 'vitest';
import { parseReadiness } from '../../../shared/readiness/parse-readiness.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';

const DAY = 86_400_000;
const read = (lines: string[]) => parseReadiness(lines.join('\n'), 'readiness.yaml');

describe('the readiness file', () => {
  it('reads each question with its period and, when named, its teams', () => {
    const { questions, problems } = read([
      'questions:',
      '  - id: coordinator-tonight',
      '    text: Who is the coordinator tonight?',
      '    every: 1d',
      '  - id: restore-rehearsed',
      '    text: When was the restore last rehearsed?',
      '    every: 90d',
      '    teams: [Infrastructure, Database, infrastructure]',
    ]);
    expect(problems).toEqual([]);
    expect(questions).toEqual([
      { id: 'coordinator-tonight', text: 'Who is the coordinator tonight?', everyMs: DAY, teams: null, file: 'readiness.yaml', line: 2 },
      { id: 'restore-rehearsed', text: 'When was the restore last rehearsed?', everyMs: 90 * DAY, teams: ['Infrastructure', 'Database'], file: 'readiness.yaml', line: 5 },
    ]);
  });

  it('refuses each bad question at its line and keeps the good ones', () => {
    const { questions, problems } = read([
      'questions:',
      '  - id: Coordinator Tonight',
      '    text: Who?',
      '    every: 1d',
      '  - id: contacts-offline',
      '    every: weekly',
      '  - id: fine-one',
      '    text: Still loads?',
      '    every: 7d',
      '    colour: red',
      '  - id: fine-two',
      '    text: Loads?',
      '    every: 7d',
      '  - id: fine-two',
      '    text: Twice?',
      '    every: 7d',
    ]);
    expect(questions.map((question) => question.id)).toEqual(['fine-two']);
    expect(problems.map(formatProblem)).toEqual([
      'readiness.yaml:2: "Coordinator Tonight" is not a question id: 2 to 64 lower-case letters, digits or dashes, like coordinator-tonight',
      'readiness.yaml:5: the question "contacts-offline" has no "text": the question as a team reads it, like "text: Who is the coordinator tonight?"',
      'readiness.yaml:6: the question "contacts-offline"\'s "every: weekly" is not a period: a number of days, like 1d, 7d or 90d (at least 1d, at most 365d)',
      'readiness.yaml:10: unknown field "colour" of a question: the fields are id, text, every, teams',
      'readiness.yaml:14: the question id "fine-two" is used twice in this file (first on line 11); give each question its own id',
    ]);
  });

  it('says where the YAML breaks, and what the file must hold', () => {
    expect(read(['questions:', '  - id: a-b', '    text: Where: here', '    every: 1d']).problems[0]).toMatchObject({ line: 3 });
    expect(read(['- id: a-b']).problems.map(formatProblem)).toEqual(['readiness.yaml:1: a readiness file holds "questions:", a list of questions each starting "- id:"']);
    expect(read(['']).questions).toEqual([]);
  });
});
