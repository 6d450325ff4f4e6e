/**
 * What every channel's cut of an update is made from: the update's own
 * words and what a reader outside the room needs around them (which
 * incident, how bad, the impact, when they hear next). Times come already
 * written, in the zone the person chose, so the cut stays pure.
 */
import type { Severity } from '../../severity.js';

export interface UpdateToCut {
  readonly incidentTitle: string;
  readonly severity: Severity;
  /** The impact as the room wrote it; '' when nobody has yet, and then it is left out. */
  readonly impact: string;
  readonly text: string;
  /** The update's place among the incident's updates: 1 for the first. */
  readonly number: number;
  /** "14:30 UTC"; '' when no further update was promised. */
  readonly nextUpdate: string;
}

/** One channel's cut: what a person copies, part by part, and a word on it. */
export interface CutText {
  /** E-mail only: the subject line. */
  readonly subject: string | null;
  /** What to send or read, in order: several SMS parts, or one piece. */
  readonly parts: readonly string[];
  /** "3 SMS parts of up to 160 characters", "Reads in about 40 seconds". */
  readonly note: string;
}

/** "[SEV1] Payments down — update 3" */
export function updateHeadline(update: UpdateToCut): string {
  return `[${update.severity}] ${oneLine(update.incidentTitle)} — update ${update.number}`;
}

export function nextUpdateSentence(update: UpdateToCut): string {
  return update.nextUpdate === '' ? 'No further update is planned.' : `Next update by ${update.nextUpdate}.`;
}

export function impactSentence(update: UpdateToCut): string {
  const impact = oneLine(update.impact);
  if (impact === '') return '';
  return /[.!?]$/.test(impact) ? `Impact: ${impact}` : `Impact: ${impact}.`;
}

/** Line breaks and runs of spaces as one space: an SMS or a spoken script has no layout. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
