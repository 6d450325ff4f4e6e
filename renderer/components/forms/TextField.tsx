import type { KeyboardEvent, KeyboardEventHandler } from 'react';
import { Field, type FieldFrame } from './Field.js';

/**
 * A field to type in: one line, or `rows` lines (a note, a reason). Enter
 * sends the form from one line and adds a line to several; Ctrl+Enter
 * sends from either. See Field for how it is labelled, marked and described.
 */
export function TextField({
  form,
  name,
  label,
  hint,
  describedByAlso,
  className,
  value,
  onChange,
  rows,
  type = 'text',
  required,
  autoFocus,
  autoComplete = 'off',
  spellCheck,
  placeholder,
  list,
  onKeyDown,
}: FieldFrame & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Lines of a multi-line field; a one-line input when left out. */
  readonly rows?: number;
  readonly type?: 'text' | 'tel' | 'email';
  readonly required?: boolean;
  readonly autoFocus?: boolean;
  readonly autoComplete?: string;
  readonly spellCheck?: boolean;
  readonly placeholder?: string;
  /** The id of a datalist of suggestions (a one-line field). */
  readonly list?: string;
  readonly onKeyDown?: KeyboardEventHandler<HTMLInputElement | HTMLTextAreaElement>;
}) {
  return (
    <Field form={form} name={name} label={label} hint={hint} describedByAlso={describedByAlso} className={className}>
      {(control) => {
        const shared = {
          ...control,
          value,
          autoFocus,
          spellCheck,
          placeholder,
          // The field's own keys first; what it leaves, every form answers alike.
          onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
            onKeyDown?.(event);
            if (!event.defaultPrevented) control.onKeyDown(event);
          },
          'aria-required': required || undefined,
        };
        return rows === undefined ? (
          <input {...shared} type={type} list={list} autoComplete={autoComplete} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
        );
      }}
    </Field>
  );
}
