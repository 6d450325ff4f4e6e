import { useId, useRef, useState } from 'react';
import type { HoldfastError, Result } from '../../../shared/result.js';
import { describedBy } from './describedBy.js';
import { isOrHolds, refusedField } from './refusedField.js';
import { forgetDrafts } from './useDraft.js';
import { useSubmission } from './useSubmission.js';

/** What the form's alert says, and the field it is about (null: the form as a whole). */
interface Problem {
  readonly field: string | null;
  readonly message: string;
}

export type Form = ReturnType<typeof useForm>;

/**
 * A form that sends one call to the host and shows what went wrong beside
 * what was typed. Fields are named as the call's parameters are (`reason`,
 * `contacts.2.name`); a refusal whose path names one marks that field
 * invalid, points it at the alert and puts the keyboard there. A refusal
 * about no field, or a field the form does not show, says so in the alert
 * and goes back to `home`, the field a person fixes first. A check made
 * here before anything is sent (`refuse`) shows the same way.
 *
 * `draftScope` names where the form's drafts are kept (useDraft): they are
 * forgotten once the host has taken what was sent, or the page's outbox
 * keeps it to send.
 */
export function useForm(home: string, draftScope: string | null = null) {
  const id = useId();
  const errorId = `${id}-error`;
  const { submit: send, pending, refusal, clearRefusal } = useSubmission();
  const [problem, setProblem] = useState<Problem | null>(null);
  const controls = useRef(new Map<string, HTMLElement>());

  /** The field shown on the form that a refused parameter falls under, if any. */
  function shownField(refused: string | null): string | null {
    if (refused === null) return null;
    let found: string | null = null;
    for (const name of controls.current.keys()) if (isOrHolds(name, refused) && (found === null || name.length > found.length)) found = name;
    return found;
  }

  function focus(field: string | null) {
    (controls.current.get(field ?? home) ?? controls.current.get(home))?.focus();
  }

  const shown: Problem | null = problem ?? (refusal === null ? null : { field: refusedField(refusal), message: refusal.message });
  const invalidField = shown === null ? null : shownField(shown.field);
  const alertedField = shown === null ? null : (invalidField ?? home);

  return {
    /** The base of the form's ids. */
    id,
    errorId,
    pending,
    /** The host's last refusal, for a form that treats one kind apart. */
    refusal,
    /** What the form's alert says, or null. */
    message: shown?.message ?? null,
    /**
     * Sends `call` (once at a time); `onRefused` hears a refusal before the
     * keyboard goes to its field. A write the page's outbox keeps to send
     * later is no refusal: the form is done with it (`onQueued`, which a form
     * that closes gives), since leaving it open would invite a second press,
     * and so a second write under a new key.
     */
    submit<T>(call: () => Promise<Result<T>>, onDone: (value: T) => void, onRefused?: (error: HoldfastError) => void, onQueued?: () => void) {
      setProblem(null);
      const sent = (value: T) => {
        if (draftScope !== null) forgetDrafts(draftScope);
        onDone(value);
      };
      void send(call, sent, (error) => {
        if (error.code === 'queued') {
          if (draftScope !== null) forgetDrafts(draftScope);
          if (onQueued) {
            clearRefusal();
            return onQueued();
          }
        }
        onRefused?.(error);
        focus(shownField(refusedField(error)));
      });
    },
    /** A check made before sending: `message` shown about `field`, and the keyboard put there when it is a control of the form. */
    refuse(field: string, message: string) {
      setProblem({ field, message });
      controls.current.get(field)?.focus();
    },
    /** Takes back what the alert says, once the person changes what it was about. */
    clear() {
      setProblem(null);
      clearRefusal();
    },
    /**
     * The field `name` was edited: when it is the one marked invalid, its
     * error goes at once, unless a required field was only emptied. Whether
     * the new value is right is the host's to say again on the next send.
     */
    edited(name: string, control: HTMLElement) {
      if (invalidField !== name) return;
      const emptied = control.getAttribute('aria-required') === 'true' && 'value' in control && String(control.value).trim() === '';
      if (emptied) return;
      setProblem(null);
      clearRefusal();
    },
    /** Puts the keyboard on the field `name` (or `home`). */
    focus: (name: string) => focus(name),
    /** The ref that makes a control the field `name`, for the keyboard to come back to. */
    control: (name: string) => (element: HTMLElement | null) => {
      if (element === null) controls.current.delete(name);
      else controls.current.set(name, element);
    },
    invalid: (name: string): boolean => invalidField === name,
    /** A field's aria-describedby: the alert when it is about this field, then the field's own hints. */
    describedBy: (name: string, ...hints: readonly (string | false | null | undefined)[]) => describedBy(alertedField === name && errorId, ...hints),
  };
}
