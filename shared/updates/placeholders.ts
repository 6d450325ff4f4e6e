/**
 * The {{placeholders}} a status update template may use, each filled from the
 * incident when the update is composed. The list is closed on purpose: a
 * misspelt placeholder would otherwise reach customers as "{{eta}}", so a
 * template that names one not listed here is refused when it is loaded.
 */
export const PLACEHOLDERS = {
  title: "the incident's title",
  severity: 'its severity (SEV1 to SEV4)',
  status: 'its status (Investigating, Identified, Mitigated, Resolved)',
  impact: 'the internal impact summary written when it was declared (not for customers)',
  public_impact: 'the impact as customers are told it (the public impact line)',
  started: 'when it was declared',
  duration: 'how long it has run, or lasted once resolved',
  next_update: 'when the next update is due, or "no further updates"',
  incident_id: "the incident's id",
  coordinator: 'who coordinates, or "to be named"',
  reporter: 'who reports (sends these updates), or "to be named"',
  now: 'the time the update is written',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Readonly<Record<PlaceholderName, string>>;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** "{{title}}, {{severity}}, ...": the list a refusal shows. */
export function knownPlaceholderList(): string {
  return PLACEHOLDER_NAMES.map((name) => `{{${name}}}`).join(', ');
}

/** One {{...}} in a text: what is between the braces, trimmed, and its line. */
export interface PlaceholderUse {
  readonly name: string;
  /** 0-based line within the text. */
  readonly line: number;
}

export type PlaceholderScan =
  | { readonly ok: true; readonly uses: readonly PlaceholderUse[] }
  /** A "{{" never closed on its line: 0-based line. */
  | { readonly ok: false; readonly unclosedLine: number };

const USE = /\{\{([^{}]*)\}\}/g;

/** Every {{...}} in the text, line by line (a placeholder never spans lines). */
export function scanPlaceholders(text: string): PlaceholderScan {
  const uses: PlaceholderUse[] = [];
  for (const [lineIndex, line] of text.split('\n').entries()) {
    for (const match of line.matchAll(USE)) uses.push({ name: match[1]!.trim(), line: lineIndex });
    if (line.replace(USE, '').includes('{{')) return { ok: false, unclosedLine: lineIndex };
  }
  return { ok: true, uses };
}

/** The text with every known placeholder replaced by its value; anything else is left as written. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(USE, (whole, inner: string) => {
    const name = inner.trim();
    return isPlaceholderName(name) ? values[name] : whole;
  });
}
