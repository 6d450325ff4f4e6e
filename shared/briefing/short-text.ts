/**
 * Typed text kept short enough for a sheet that prints on one or two pages:
 * cut at a word, and marked as cut so the page can say the rest is in the
 * war room (a reader must never take half a sentence for all of it).
 */
export interface ShortText {
  readonly text: string;
  readonly shortened: boolean;
}

export function shortened(text: string, maxChars: number): ShortText {
  const trimmed = text.trim();
  const characters = [...trimmed];
  if (characters.length <= maxChars) return { text: trimmed, shortened: false };
  const cut = characters.slice(0, maxChars).join('');
  // Back to the last space when there is one in the last fifth; a text with no spaces (Japanese) is cut where it is.
  const space = cut.lastIndexOf(' ');
  const atWord = space > cut.length * 0.8 ? cut.slice(0, space) : cut;
  return { text: `${atWord.trimEnd()}…`, shortened: true };
}
