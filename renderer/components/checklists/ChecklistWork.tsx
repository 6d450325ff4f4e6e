import { createContext, useContext, useEffect } from 'react';
import type { RefObject } from 'react';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import type { IncidentView } from '../../../shared/projection/views.js';

/** Where the keyboard should go once a change has landed: a step's first control, or its override. */
export interface FocusRequest {
  readonly checklistId: string;
  readonly stepId: string;
  readonly control: 'primary' | 'override';
  /** A new request for the same place still moves the focus. */
  readonly nonce: number;
}

/** The step just finished here, under which "next for you" is offered. */
export interface OfferPlace {
  readonly checklistId: string;
  readonly stepId: string;
}

/**
 * What every checklist and step of the incident share: the incident, all its
 * checklists (next for me looks across them), who is at this laptop, where
 * the keyboard goes next, and where the next step is offered.
 */
export interface ChecklistWork {
  readonly incident: IncidentView;
  readonly checklists: readonly ChecklistView[];
  /** The person at this laptop; null only before they have said. */
  readonly me: string | null;
  readonly focus: FocusRequest | null;
  readonly requestFocus: (checklistId: string, stepId: string, control?: FocusRequest['control']) => void;
  readonly offer: OfferPlace | null;
  readonly offerNext: (place: OfferPlace) => void;
  readonly dismissOffer: () => void;
}

export const ChecklistWorkContext = createContext<ChecklistWork | null>(null);

export function useChecklistWork(): ChecklistWork {
  const work = useContext(ChecklistWorkContext);
  if (!work) throw new Error('Checklist components must be rendered inside the ChecklistPanel.');
  return work;
}

/** Moves the keyboard to this step's control when a request names it, once the change has rendered. */
export function useStepFocus(checklistId: string, stepId: string, controls: Readonly<Record<FocusRequest['control'], RefObject<HTMLElement | null>>>) {
  const { focus } = useChecklistWork();
  const wanted = focus !== null && focus.checklistId === checklistId && focus.stepId === stepId ? focus : null;
  useEffect(() => {
    if (wanted === null) return;
    (controls[wanted.control].current ?? controls.primary.current)?.focus();
    // Only a new request moves the focus (the refs are stable).
  }, [wanted?.nonce]);
}
