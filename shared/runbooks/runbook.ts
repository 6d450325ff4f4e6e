/**
 * A runbook: a recovery checklist prepared in advance (DOMAIN.md: "what to
 * restore, in which order, and how"), kept as a Markdown file with YAML front
 * matter. runbooks/README.md describes the file format for the people who
 * write them; this is the shape the rest of Holdfast sees once a file parses.
 */
import { idSchema } from '../events.js';
import type { Confirmation } from '../services/service-state.js';

export interface StepLink {
  readonly text: string;
  readonly url: string;
}

export interface Step {
  /** Written as `{#restore-db}`, or `step-N` (its 1-based position in the file) when the author gave none. */
  readonly id: string;
  /** The step's first paragraph, as plain text. */
  readonly title: string;
  /** What is written under the step (paragraphs, nested lists, code), as Markdown; '' when nothing is. */
  readonly details: string;
  /** Steps that must be finished before this one starts, by id, as written. */
  readonly needs: readonly string[];
  /** The role that owns the step; one of the runbook's roles. */
  readonly role: string | null;
  readonly expectMs: number | null;
  /** `two`: done only once a second person, on another laptop, confirms it. */
  readonly confirm: Confirmation;
  /** The services (catalogue ids) finishing the step brings back. */
  readonly restores: readonly string[];
  /** Every Markdown link in the step, its title and its details, in reading order. */
  readonly links: readonly StepLink[];
  /** The heading the step sits under (level 2 or deeper), or null before any. */
  readonly phase: string | null;
  /** 1-based line of the list item in its file. */
  readonly line: number;
}

export interface Runbook {
  readonly id: string;
  readonly title: string;
  readonly services: readonly string[];
  /** The target recovery time: how long the whole runbook should take. */
  readonly targetMs: number;
  /** The role ids the runbook involves (coordinator, reporter, operations-lead...). */
  readonly roles: readonly string[];
  readonly summary: string | null;
  readonly tags: readonly string[];
  /** The person or team who keeps it up to date; null when the file names none (flagged). */
  readonly owner: string | null;
  /** The day it was last reviewed, YYYY-MM-DD; null when never (flagged). */
  readonly reviewed: string | null;
  /** How often it should be reviewed: `review_every`, 90 days unless the file says otherwise. */
  readonly reviewEveryMs: number;
  /** In the order they are written. */
  readonly steps: readonly Step[];
  /** Where it was read from, as the reader named it; problems and the UI point here. */
  readonly file: string;
}

/** Why a runbook file was refused: printed as `FILE:LINE: reason`. */
export interface RunbookProblem {
  readonly file: string;
  /** 1-based; null only when the whole file or folder could not be read. */
  readonly line: number | null;
  /** A plain sentence: what is wrong and, where it helps, how to write it instead. */
  readonly reason: string;
}

export type ParsedRunbook =
  | { readonly ok: true; readonly runbook: Runbook }
  | { readonly ok: false; readonly problems: readonly RunbookProblem[] };

/**
 * Runbook, role and step ids are the same ids as the event log's (6 to 64
 * lower-case letters, digits or dashes), so a checklist can name them in
 * events without translation.
 */
export function isValidId(value: string): boolean {
  return idSchema.safeParse(value).success;
}

export const ID_RULE = '6 to 64 lower-case letters, digits or dashes';

/** The ids given to steps written without one; an author may not use this form. */
export const GENERATED_STEP_ID = /^step-\d+$/;

export function generatedStepId(position: number): string {
  return `step-${position}`;
}

export function formatProblem(problem: RunbookProblem): string {
  return problem.line === null ? `${problem.file}: ${problem.reason}` : `${problem.file}:${problem.line}: ${problem.reason}`;
}
