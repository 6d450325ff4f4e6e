import type { FormEvent } from 'react';
import type { Result } from '../../../shared/result.js';
import { draftKey, useDraft } from './useDraft.js';
import { useForm } from './useForm.js';

/**
 * A decision that is recorded with its reason (a step blocked, a drill
 * stopped): nothing is sent while the reason is empty, and the form's alert
 * says `missingMessage` about the field `reason`, where the keyboard goes.
 * With a `draftScope` the reason is kept as a draft until it is recorded.
 */
export function useRequiredReason(missingMessage: string, draftScope: string | null = null) {
  const form = useForm('reason', draftScope);
  const [reason, setReason] = useDraft(draftScope === null ? null : draftKey(draftScope, 'reason'));

  /** The form's submit: `call` gets the reason trimmed; `onDone` also once the outbox keeps it to send. */
  function send<T>(event: FormEvent<HTMLFormElement>, call: (reason: string) => Promise<Result<T>>, onDone: () => void) {
    event.preventDefault();
    if (reason.trim() === '') form.refuse('reason', missingMessage);
    else form.submit(() => call(reason.trim()), onDone, undefined, onDone);
  }

  function type(value: string) {
    setReason(value);
    form.clear();
  }

  return { form, reason, setReason: type, send };
}
