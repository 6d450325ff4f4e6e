/**
 * The characters no output of Holdfast may hold as themselves (a terminal
 * obeys them, or they reorder what is read), written out here on their own
 * so the tests do not take the definition from the code they test.
 */
function neverPrinted(codePoint: number): boolean {
  const whitespace = codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  return (
    (codePoint <= 0x1f && !whitespace) ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

/** The first such character in `text`, as "U+001B at 12", or null when there is none: a failure says what slipped through. */
export function neverPrintedIn(text: string): string | null {
  let position = 0;
  for (const char of text) {
    position += 1;
    const codePoint = char.codePointAt(0)!;
    if (neverPrinted(codePoint)) return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} at ${position}`;
  }
  return null;
}
