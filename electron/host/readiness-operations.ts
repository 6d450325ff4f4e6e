/**
 * Readiness (issue 17): the runbooks needing attention, and each team's
 * checklist answered. The questions are read afresh from the files on every
 * call (shipped, then this laptop's own runbook folders), and answers come
 * from the log; staleness is judged here, with the host's clock.
 */
import { lastRehearsedAt } from '../../shared/checklists/rehearsal.js';
import type { ReadinessView, RunbookNeedingAttention } from '../../shared/readiness/readiness-view.js';
import { runbookAttention } from '../../shared/readiness/runbook-attention.js';
import { sameTeam } from '../../shared/readiness/parse-readiness.js';
import { asksTeam, readinessTeams, teamChecklists } from '../../shared/readiness/team-checklists.js';
import { HoldfastFailure } from '../../shared/result.js';
import { loadReadinessQuestions } from '../readiness/readiness-library.js';
import { knownNamesOf } from './known-names.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';
import { ownFolders, runbookLibrary } from './runbook-lookup.js';

export type ReadinessMethod = 'getReadiness' | 'answerReadiness';

function questionsOf(context: OperationContext) {
  return loadReadinessQuestions([context.runbooksDir, ...ownFolders(context)]);
}

function teamsOf(context: OperationContext, questions: ReturnType<typeof questionsOf>['questions']): string[] {
  return readinessTeams(
    context.projection.people().map((person) => person.team),
    questions,
  );
}

function readinessOf(context: OperationContext): ReadinessView {
  const now = context.now();
  const library = runbookLibrary(context);
  const known = knownNamesOf(context, library.runbooks);
  const runbooks: RunbookNeedingAttention[] = library.runbooks
    .map((runbook) => ({ runbook, reasons: runbookAttention(runbook, lastRehearsedAt(context.projection.drillsOf(runbook.id)), known, now) }))
    .filter(({ reasons }) => reasons.length > 0)
    .map(({ runbook, reasons }) => ({ id: runbook.id, title: runbook.title, owner: runbook.owner, reviewed: runbook.reviewed, file: runbook.file, reasons }))
    .sort((a, b) => b.reasons.length - a.reasons.length || a.title.localeCompare(b.title, 'en'));
  const { questions, problems } = questionsOf(context);
  return {
    runbooks,
    runbookCount: library.runbooks.length,
    teams: teamChecklists(teamsOf(context, questions), questions, context.projection.readiness(), now),
    problems: [...problems, ...library.problems],
    judgedAt: now,
  };
}

export const readinessOperations: OperationsFor<ReadinessMethod> = {
  getReadiness: (context) => readinessOf(context),

  answerReadiness: (context, { team, questionId, answer }) => {
    const { questions } = questionsOf(context);
    const teams = teamsOf(context, questions);
    const named = teams.find((known) => sameTeam(known, team));
    if (named === undefined) {
      const list = teams.length > 0 ? `The teams are: ${teams.join(', ')}.` : 'No team is on the roster or in the readiness file yet.';
      throw new HoldfastFailure('not_found', `No team “${team}” is on the roster or in the readiness file. ${list}`, ['team']);
    }
    const question = questions.find((candidate) => candidate.id === questionId);
    if (question === undefined) {
      throw new HoldfastFailure('not_found', `No readiness question “${questionId}” is in this laptop's readiness file. The questions are: ${questions.map((each) => each.id).join(', ') || 'none'}.`, ['questionId']);
    }
    if (!asksTeam(question, named)) {
      throw new HoldfastFailure('invalid_input', `The question “${question.text}” is not asked of ${named}: it is for ${question.teams?.join(', ') ?? 'every team'}.`, ['questionId']);
    }
    context.record('readiness.answered', { team: named, questionId, question: question.text, answer });
    return readinessOf(context);
  },
};
