import type { FormEvent, ReactNode } from 'react';
import type { Result } from '../../../shared/result.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from './closeOnEscape.js';
import { SubmitOrCancel } from './SubmitOrCancel.js';
import { TextField } from './TextField.js';
import { useRequiredReason } from './useRequiredReason.js';

/**
 * A form that only asks why (stepping down from a role, stopping a drill):
 * its intro, the reason field, the alert, and the danger-toned submit.
 * Escape cancels; an empty reason is asked for again (useRequiredReason).
 */
export function RequiredReasonForm<T>({
  className,
  label,
  intro,
  reasonLabel,
  missingMessage,
  submit,
  send,
  onDone,
  onClose,
  draftScope = null,
}: {
  readonly className: string;
  /** The form's accessible name. */
  readonly label: string;
  readonly intro?: ReactNode;
  readonly reasonLabel: string;
  readonly missingMessage: string;
  readonly submit: string;
  /** The call, given the reason trimmed. */
  readonly send: (reason: string) => Promise<Result<T>>;
  readonly onDone: () => void;
  readonly onClose: () => void;
  /** Where the reason's draft is kept (useDraft): the incident, then what it is about. */
  readonly draftScope?: string | null;
}) {
  const required = useRequiredReason(missingMessage, draftScope);
  const { form } = required;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    required.send(event, send, onDone);
  }

  return (
    <form className={className} onSubmit={onSubmit} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={label}>
      {intro}
      <TextField form={form} name="reason" label={reasonLabel} value={required.reason} onChange={required.setReason} rows={2} required autoFocus />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit={submit} tone="danger" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
