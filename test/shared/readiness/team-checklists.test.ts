/** Each team's checklist: the questions asked of it, the answer standing, and whether it went stale. */
import { describe, expect, it } from 'vitest';
import type { AnsweredQuestion } from '../../../shared/projection/readiness-fold.js';
import type { ReadinessQuestion } from '../../../shared/readiness/parse-readiness.js';
import { readinessTeams, teamChecklists } from '../../../shared/readiness/team-checklists.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-07T12:00:00Z');
const question = (id: string, everyMs: number, teams: string[] | null = null): ReadinessQuestion => ({ id, text: `${id}?`, everyMs, teams, file: 'readiness.yaml', line: 1 });
const QUESTIONS = [question('coordinator-tonight', DAY), question('restore-rehearsed', 90 * DAY, ['Infrastructure'])];
const answer = (team: string, questionId: string, text: string, by: string, at: number) => ({ team, questionId, question: `${questionId}?`, answer: text, by, at });

describe('the teams asked', () => {
  it('are the roster’s and the file’s, each once whatever its case, by name', () => {
    expect(readinessTeams(['Support', 'infrastructure', '', ' Support '], QUESTIONS)).toEqual(['infrastructure', 'Support']);
  });
});

describe('a team’s checklist', () => {
  it('asks a team only its questions, with the latest answer standing and every answer newest first', () => {
    const answered: AnsweredQuestion[] = [
      { team: 'support', questionId: 'coordinator-tonight', answers: [answer('support', 'coordinator-tonight', 'Bo', 'Ana', NOW - 3 * DAY), answer('Support', 'coordinator-tonight', 'Ana', 'Cy', NOW - 2 * 3_600_000)] },
    ];
    const [infrastructure, support] = teamChecklists(['Infrastructure', 'Support'], QUESTIONS, answered, NOW);
    expect(infrastructure!.questions.map((each) => [each.id, each.state])).toEqual([
      ['coordinator-tonight', 'unanswered'],
      ['restore-rehearsed', 'unanswered'],
    ]);
    expect(infrastructure!.needingAnswer).toBe(2);
    expect(support!.questions).toHaveLength(1);
    expect(support!.questions[0]).toMatchObject({ state: 'answered', latest: { answer: 'Ana', by: 'Cy' }, staleAt: NOW - 2 * 3_600_000 + DAY });
    expect(support!.questions[0]!.history.map((each) => each.answer)).toEqual(['Ana', 'Bo']);
    expect(support!.needingAnswer).toBe(0);
  });

  it('says an answer older than its question’s period is stale, judged with now', () => {
    const answered: AnsweredQuestion[] = [{ team: 'Support', questionId: 'coordinator-tonight', answers: [answer('Support', 'coordinator-tonight', 'Bo', 'Ana', NOW - DAY - 1)] }];
    expect(teamChecklists(['Support'], QUESTIONS, answered, NOW)[0]!.questions[0]!.state).toBe('stale');
    expect(teamChecklists(['Support'], QUESTIONS, answered, NOW - 2)[0]!.questions[0]!.state).toBe('answered');
  });
});
