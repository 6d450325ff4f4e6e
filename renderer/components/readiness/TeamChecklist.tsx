import { useId } from 'react';
import type { ReadinessView, TeamChecklist as TeamChecklistView, TeamQuestion } from '../../../shared/readiness/readiness-view.js';
import { useNow } from '../../time/useNow.js';
import { formatDateTime } from '../runbooks/rehearsalWords.js';
import { AnswerForm } from './AnswerForm.js';
import { answeredBy, STATE_WORDS, stateReason } from './readinessWords.js';

/** One team's questions, each with the answer standing, who gave it and when, whether it holds, and a form to answer. */
export function TeamChecklist({ checklist, onAnswered }: { readonly checklist: TeamChecklistView; readonly onAnswered: (view: ReadinessView) => void }) {
  if (checklist.questions.length === 0) return <p className="hint">The readiness file asks {checklist.team} nothing.</p>;
  return (
    <ol className="readiness-questions" aria-label={`Readiness questions for ${checklist.team}`}>
      {checklist.questions.map((question) => (
        <QuestionItem key={question.id} team={checklist.team} question={question} onAnswered={onAnswered} />
      ))}
    </ol>
  );
}

function QuestionItem({ team, question, onAnswered }: { readonly team: string; readonly question: TeamQuestion; readonly onAnswered: (view: ReadinessView) => void }) {
  const id = useId();
  const now = useNow();
  return (
    <li className={`readiness-question readiness-${question.state}`} aria-labelledby={`${id}-text`}>
      <div className="readiness-question-head">
        <h3 id={`${id}-text`} className="readiness-question-text">
          {question.text}
        </h3>
        <span className={`readiness-state readiness-state-${question.state}`}>{STATE_WORDS[question.state]}</span>
      </div>
      {question.latest !== null && (
        <p className="readiness-answer">
          <span className="readiness-answer-text">{question.latest.answer}</span>
          <span className="readiness-answer-by"> — {answeredBy(question.latest.by, question.latest.at, now)}</span>
        </p>
      )}
      <p className="hint">{stateReason(question)}</p>
      <AnswerForm team={team} questionId={question.id} question={question.text} onAnswered={onAnswered} />
      {question.history.length > 1 && (
        <details className="readiness-history">
          <summary>Earlier answers ({question.history.length - 1})</summary>
          <ul>
            {question.history.slice(1).map((answer) => (
              <li key={`${answer.at}-${answer.by}`}>
                {answer.answer} — {answer.by}, {formatDateTime(answer.at)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
