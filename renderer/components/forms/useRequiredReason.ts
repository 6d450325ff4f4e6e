import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Result } from '../../../shared/result.js';
import { useSubmission } from '../room/useSubmission.js';

/**
 * A decision that is recorded with its reason (a step blocked, a drill
 * stopped): nothing is sent while the reason is empty, the keyboard goes
 * back to the field and `missingMessage` says why it is asked; a refusal
 * from the host puts the keyboard back there too. `message` is what the
 * form's alert says, or null.
 */
export function useRequiredReason(missingMessage: string) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const { submit, pending, refusal } = useSubmission();

  /** The form's submit: `call` gets the reason trimmed. */
  function send<T>(event: FormEvent<HTMLFormElement>, call: (reason: string) => Promise<Result<T>>, onDone: (value: T) => void) {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    void submit(
      () => call(reason.trim()),
      onDone,
      () => field.current?.focus(),
    );
  }

  const message = missing && reason.trim() === '' ? missingMessage : (refusal?.message ?? null);
  return { reason, setReason, field, pending, message, send };
}
