/**
 * A name written as an id or a file name's part: "Réseau & DNS" is
 * `reseau-dns`. One rule wherever Holdfast does it (an incident's files, a
 * room file, a role named in a runbook), because a role added by hand is
 * matched to a runbook's role id by its slug, and runbook authors write
 * those ids the same way:
 *
 * - compatibility forms are folded (full-width letters, ligatures) and the
 *   accents taken off the letters they sit on, so Latin text keeps its
 *   letters: "Café" is `cafe`;
 * - lower case;
 * - every run of anything but a-z and 0-9 (spaces, punctuation, letters of
 *   other scripts) becomes one dash, and no dash starts or ends it;
 * - at most `maxLength` characters (an id's 64 unless the caller needs
 *   shorter), cut where it does not leave a dash at the end.
 *
 * A name with nothing left (a title all in Japanese, only punctuation) gives
 * `fallback`, which the caller picks so the result still says whose it is.
 */

/** As long as an id may be (idSchema in shared/events.ts), so a slug can always be one. */
export const SLUG_MAX_LENGTH = 64;

export function slug(text: string, fallback: string, maxLength: number = SLUG_MAX_LENGTH): string {
  const written = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return written === '' ? fallback : written;
}
