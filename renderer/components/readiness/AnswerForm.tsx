import { useState, type FormEvent } from 'react';
import type { ReadinessView } from '../../../shared/readiness/readiness-view.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';

/** Answers one question for one team; the host's view comes back, or the outbox keeps it to send. */
export function AnswerForm({ team, questionId, question, onAnswered }: { readonly team: string; readonly questionId: string; readonly question: string; readonly onAnswered: (view: ReadinessView) => void }) {
  const actions = useActions();
  const form = useForm('answer');
  const [answer, setAnswer] = useState('');

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (answer.trim() === '') return form.refuse('answer', 'Write the answer first.');
    form.submit(
      () => actions.answerReadiness({ team, questionId, answer: answer.trim() }),
      (view) => {
        setAnswer('');
        onAnswered(view);
      },
      undefined,
      () => setAnswer(''),
    );
  }

  return (
    <form className="readiness-answer-form" onSubmit={send} noValidate aria-label={`Answer for ${team}: ${question}`}>
      <TextField
        form={form}
        name="answer"
        className="field grow"
        label="Answer"
        value={answer}
        onChange={(typed) => {
          setAnswer(typed);
          form.clear();
        }}
      />
      <button type="submit" aria-busy={form.pending}>
        Save answer
      </button>
      <FormAlert id={form.errorId} message={form.message} />
    </form>
  );
}
