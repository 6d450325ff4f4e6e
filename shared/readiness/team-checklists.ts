/**
 * Each team's readiness checklist, judged when read: the questions of the
 * file that are asked of the team, each with its answers from the log and
 * whether the standing one is still fresh. Teams are the roster's and the
 * ones the file names, matched without regard to case.
 */
import type { AnsweredQuestion } from '../projection/readiness-fold.js';
import { readinessKey } from '../projection/readiness-fold.js';
import { sameTeam, type ReadinessQuestion } from './parse-readiness.js';
import type { TeamChecklist, TeamQuestion } from './readiness-view.js';

/** Every team to ask: the roster's, then the file's, each once, by name. */
export function readinessTeams(rosterTeams: readonly string[], questions: readonly ReadinessQuestion[]): string[] {
  const teams: string[] = [];
  for (const team of [...rosterTeams, ...questions.flatMap((question) => question.teams ?? [])]) {
    const name = team.trim();
    if (name !== '' && !teams.some((known) => sameTeam(known, name))) teams.push(name);
  }
  return teams.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

export function asksTeam(question: ReadinessQuestion, team: string): boolean {
  return question.teams === null || question.teams.some((named) => sameTeam(named, team));
}

export function teamChecklists(teams: readonly string[], questions: readonly ReadinessQuestion[], answered: readonly AnsweredQuestion[], now: number): TeamChecklist[] {
  const byKey = new Map(answered.map((each) => [readinessKey(each.team, each.questionId), each]));
  return teams.map((team) => {
    const asked = questions.filter((question) => asksTeam(question, team)).map((question) => judged(question, byKey.get(readinessKey(team, question.id)), now));
    return { team, questions: asked, needingAnswer: asked.filter((question) => question.state !== 'answered').length };
  });
}

function judged(question: ReadinessQuestion, answered: AnsweredQuestion | undefined, now: number): TeamQuestion {
  const history = [...(answered?.answers ?? [])].reverse();
  const latest = history[0] ?? null;
  const staleAt = latest === null ? null : latest.at + question.everyMs;
  const state = staleAt === null ? 'unanswered' : now > staleAt ? 'stale' : 'answered';
  return { id: question.id, text: question.text, everyMs: question.everyMs, state, latest, staleAt, history };
}
