/**
 * The sentence for text that holds a character new input may not hold
 * (printable.ts says which, and why). A person cannot see an invisible
 * character, so the sentence names it and says where it is.
 */
import { firstRefusedCharacter } from './printable.js';

/** The names a person may search for; the other controls are named by their code alone. */
const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

function named(codePoint: number): string {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint];
  return name ? `${code} ${name}` : code;
}

/** Why `text` is refused, as "The title holds ..."; null when it holds nothing refused. `what` is the field, as "The title". */
export function refusedCharacterProblem(text: string, what: string): string | null {
  const found = firstRefusedCharacter(text);
  if (!found) return null;
  const { codePoint, position } = found;
  if (codePoint >= 0x202a) {
    return (
      `${what} holds an invisible direction control (${named(codePoint)}) at character ${position}, which can make text read differently from what was written. ` +
      'Arabic and Hebrew need none: retype that part without it.'
    );
  }
  return `${what} holds a control character (${named(codePoint)}) at character ${position}, which could take over the terminal it is printed in. Retype that part without it.`;
}
