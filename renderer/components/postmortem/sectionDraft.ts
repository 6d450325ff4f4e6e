/**
 * One post-mortem section being written on this laptop while others may
 * write it on theirs. The editor remembers the version it was opened from
 * (what the person read before typing): while they have typed nothing it
 * follows every new version, and once they have, a version saved elsewhere
 * never replaces their text. It is shown beside it instead (overtaken), so
 * they choose, having read it, whether theirs replaces it.
 */
import type { SectionView } from '../../../shared/projection/postmortem-views.js';

export interface SectionDraft {
  /** The revision the person started from; null when the section was empty (never written). */
  readonly openedRevision: string | null;
  /** The text of that revision: typing nothing means the draft still equals it. */
  readonly openedText: string;
  /** What is in the field. */
  readonly text: string;
}

/** `fallback` is what an unwritten section starts from (the summary given at declaration, say). */
export function openDraft(current: SectionView | undefined, fallback: string): SectionDraft {
  const text = current?.text ?? fallback;
  return { openedRevision: current?.revision ?? null, openedText: text, text };
}

export function typed(draft: SectionDraft): boolean {
  return draft.text !== draft.openedText;
}

/** The host keeps a section trimmed: text differing only in its ends is the same text. */
function sameText(saved: string, inField: string): boolean {
  return saved === inField.trim();
}

/**
 * The draft once the section on the host is `current`: the same object when
 * nothing changes for it (so a component can compare and skip a render).
 * The same text saved elsewhere (or our own save, whose notice can come
 * before its answer) is taken as read.
 */
export function followSection(draft: SectionDraft, current: SectionView | undefined, fallback: string): SectionDraft {
  const revision = current?.revision ?? null;
  if (revision === draft.openedRevision) return draft;
  if (current === undefined) return draft;
  if (!typed(draft)) return openDraft(current, fallback);
  if (sameText(current.text, draft.text)) return { openedRevision: revision, openedText: draft.text, text: draft.text };
  return draft;
}

/** Someone saved another text since the person started typing theirs: null when nobody did. */
export function overtakenBy(draft: SectionDraft, current: SectionView | undefined): SectionView | null {
  if (current === undefined || current.revision === draft.openedRevision || sameText(current.text, draft.text)) return null;
  return typed(draft) ? current : null;
}

/**
 * After a save: the saved version is what the field was opened from now.
 * What was typed while the save was on its way stays in the field.
 */
export function savedDraft(saved: SectionView, sent: string, inField: string): SectionDraft {
  return { openedRevision: saved.revision, openedText: saved.text, text: inField === sent ? saved.text : inField };
}
