/**
 * Who is at a laptop, as it tells the room's other laptops for their peer
 * lists: the people signed in through a headless peer, or the laptop
 * owner's name. One line of at most PERSON_CHARS, since a peer may only
 * label itself, and a long list must not crowd the table.
 */
import { LIMITS } from '../limits.js';

/** The longest "who is at it" a peer may announce (and the one a hello or `have` takes). */
export const PERSON_CHARS = LIMITS.nameChars;

/**
 * "Ana Ruiz", "Ana Ruiz, Bo Chen", or "Ana Ruiz, Bo Chen and 3 more" when
 * all would not fit; null for nobody. Each name once, in the order given.
 */
export function peopleAt(names: readonly string[]): string | null {
  const distinct = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
  if (distinct.length === 0) return null;
  for (let shown = distinct.length; shown > 0; shown -= 1) {
    const rest = distinct.length - shown;
    const text = distinct.slice(0, shown).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
    if (text.length <= PERSON_CHARS) return text;
  }
  return `${distinct[0]!.slice(0, PERSON_CHARS - 12)}… and ${distinct.length - 1} more`.slice(0, PERSON_CHARS);
}

/** What a headless peer announces: the people signed in through it, else the machine it runs on. */
export function whoIsAtHeadlessPeer(names: readonly string[], machine: string): string {
  return peopleAt(names) ?? `headless peer on ${machine}`.slice(0, PERSON_CHARS);
}
