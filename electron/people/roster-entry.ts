/**
 * One person as a roster file describes them, before it is checked against
 * the roster: what the file says, and where it says it, so that a problem
 * can be named by the line a person would look at.
 */
import type { z } from 'zod';
import type { personFieldsSchema } from '../../shared/events.js';

export type PersonFields = z.output<typeof personFieldsSchema>;
export type PersonField = keyof PersonFields;
export type TypedContact = PersonFields['phones'][number];

/** The roster's columns, in the order a roster file lists them. */
export const PERSON_FIELDS = ['name', 'team', 'phone', 'email', 'chat', 'notes', 'onCall'] as const satisfies readonly PersonField[];

/** The fields that hold one value each. */
export type ColumnField = (typeof PERSON_FIELDS)[number];

/** Every number and address with its type: a list each, in a CSV one cell a line (contact-list-cell.ts). */
export const CONTACT_LIST_FIELDS = ['phones', 'emails'] as const satisfies readonly PersonField[];
export type ContactListField = (typeof CONTACT_LIST_FIELDS)[number];

/** A new person's fields where the file says nothing. */
export const BLANK_PERSON: Omit<PersonFields, 'name'> = { team: '', phone: '', email: '', chat: '', notes: '', onCall: false, phones: [], emails: [] };

/** A field a file leaves out is left as the roster has it; one it gives (even empty) replaces it. */
export type EntryFields = { -readonly [F in PersonField]?: PersonFields[F] };

export interface RosterEntry {
  /** The line the row or card starts on, counting from 1. */
  readonly line: number;
  readonly fields: EntryFields;
  /** Where a field was read, when that is not `line` (a card's properties each have their own). */
  readonly fieldLines?: Partial<Record<PersonField, number>>;
}

export interface ImportProblem {
  readonly line: number;
  /** Why that row or card was left out, in words that follow "line 7: ". */
  readonly message: string;
}

/** What reading a file found: the entries to consider, and the rows or cards that could not be read. */
export interface RosterReading {
  readonly entries: readonly RosterEntry[];
  readonly problems: readonly ImportProblem[];
}

/**
 * Yes or no, as people write it in a spreadsheet's on-call column; undefined
 * for anything else, which is reported rather than guessed.
 */
export function onCallFromText(text: string): boolean | undefined {
  const said = text.trim().toLowerCase();
  if (['', 'no', 'n', 'false', '0', 'off', '-', 'off call', 'not on call'].includes(said)) return false;
  if (['yes', 'y', 'true', '1', 'on', 'x', '✓', '✔', 'on call', 'on-call', 'oncall'].includes(said)) return true;
  return undefined;
}

/** A file's text as lines: the byte-order mark dropped and Windows or old Mac line ends made plain. */
export function plainText(content: string): string {
  return content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
