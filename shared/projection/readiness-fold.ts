/**
 * Teams' readiness answers (issue 17), folded: per team and question, every
 * answer in the agreed order, the latest standing. Whether an answer has gone
 * stale depends on the clock and the question's period in the file, so it is
 * judged when read (shared/readiness/), never folded.
 */
import type { EventOf } from '../events.js';
import { hlcWall } from '../hlc.js';

export interface ReadinessAnswer {
  readonly team: string;
  readonly questionId: string;
  /** The question as the answerer's file asked it. */
  readonly question: string;
  readonly answer: string;
  readonly by: string;
  readonly at: number;
}

/** One team's question: its answers oldest first, the last one standing. */
export interface AnsweredQuestion {
  readonly team: string;
  readonly questionId: string;
  readonly answers: readonly ReadinessAnswer[];
}

/** The key of a team's question: the team's name is matched without regard to case. */
export function readinessKey(team: string, questionId: string): string {
  return `${team.trim().toLocaleLowerCase()}\u0000${questionId}`;
}

export function foldReadiness(events: readonly EventOf<'readiness.answered'>[]): AnsweredQuestion {
  const first = events[0]!.payload;
  return {
    team: first.team,
    questionId: first.questionId,
    answers: events.map(({ payload, author, hlc }) => ({ ...payload, by: author, at: hlcWall(hlc) })),
  };
}
