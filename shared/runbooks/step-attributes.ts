/**
 * A step's attributes, written in braces at the end of its first paragraph:
 *
 *     1. Promote the replica {#promote-replica needs: fence-primary, check-lag role: database-lead expect: 5m}
 *
 * `#id` names the step; `needs:` lists the ids it waits for (commas or spaces
 * between them); `role:` is the one role that owns it; `expect:` how long it
 * should take; `confirm: two` says a second person, on another laptop, must
 * confirm it before it counts as done (four eyes on a failover, a restore, a
 * configuration push); `restores:` lists the services finishing it brings
 * back. Each is optional and each may appear once, in any order.
 * Braces read as plain text on GitHub, so the file stays readable there.
 */
import { serviceIdSchema } from '../events.js';
import { CONFIRMATIONS, type Confirmation } from '../services/service-state.js';
import { DURATION_RULE, parseDuration } from './duration.js';
import { GENERATED_STEP_ID, ID_RULE, isValidId } from './runbook.js';

export interface StepAttributes {
  readonly id: string | null;
  readonly needs: readonly string[];
  readonly role: string | null;
  readonly expectMs: number | null;
  /** `one` unless the author wrote `confirm: two`. */
  readonly confirm: Confirmation;
  /** Service ids, as the catalogue names them. */
  readonly restores: readonly string[];
}

export const NO_ATTRIBUTES: StepAttributes = { id: null, needs: [], role: null, expectMs: null, confirm: 'one', restores: [] };

const KEYS = ['needs', 'role', 'expect', 'confirm', 'restores'] as const;
type Key = (typeof KEYS)[number];
const ATTRIBUTE_LIST = 'a step’s attributes are #id, needs:, role:, expect:, confirm: and restores:';
const SERVICE_ID_RULE = '2 to 64 lower-case letters, digits or dashes';

/** A trailing `{...}` (after a space, or alone) and the text before it; null when the text has none. */
export function splitTrailingAttributes(text: string): { readonly before: string; readonly inside: string } | null {
  const match = /(^|\s)\{([^{}]*)\}\s*$/.exec(text);
  if (!match) return null;
  return { before: text.slice(0, match.index + match[1]!.length).trimEnd(), inside: match[2]! };
}

/** A `{#...` or `{needs:`-like block that is not at the end, where it would be read as text. */
export function looksLikeMisplacedAttributes(text: string): boolean {
  return /\{\s*(#|(needs|role|expect|confirm|restores)\s*:)/i.test(text);
}

export function parseStepAttributes(inside: string): { attributes: StepAttributes; problems: string[] } {
  const problems: string[] = [];
  let id: string | null = null;
  const values = new Map<Key, string[]>();
  // 'unknown' swallows the values of an unknown attribute, already reported once.
  let current: Key | 'unknown' | null = null;

  for (const token of inside.split(/\s+/).filter((part) => part !== '')) {
    if (token.startsWith('#')) {
      const candidate = token.slice(1);
      if (id !== null) problems.push(`the step has two ids, #${id} and #${candidate}`);
      else if (!isValidId(candidate)) problems.push(`"#${candidate}" is not a step id: ${ID_RULE}, like #restore-db`);
      else if (GENERATED_STEP_ID.test(candidate)) problems.push(`"#${candidate}" is reserved for steps written without an id; choose a name like #restore-db`);
      else id = candidate;
      current = null;
      continue;
    }
    const keyed = /^([A-Za-z][\w-]*):(.*)$/.exec(token);
    if (keyed) {
      const key = keyed[1]!.toLowerCase();
      if (!(KEYS as readonly string[]).includes(key)) {
        problems.push(`unknown attribute "${keyed[1]}": ${ATTRIBUTE_LIST}`);
        current = 'unknown';
        continue;
      }
      current = key as Key;
      if (values.has(current)) problems.push(`"${current}:" is given twice; write it once`);
      values.set(current, []);
      if (keyed[2] !== '') values.get(current)!.push(keyed[2]!);
      continue;
    }
    if (current === null) {
      const hint = isValidId(token) ? ` (an id is written #${token})` : '';
      problems.push(`"${token}" is not an attribute: ${ATTRIBUTE_LIST}${hint}`);
      continue;
    }
    if (current !== 'unknown') values.get(current)!.push(token);
  }

  const needs = [...new Set((values.get('needs') ?? []).flatMap((value) => value.split(',')).filter((need) => need !== ''))];
  if (values.has('needs') && needs.length === 0) problems.push('"needs:" names no step; list the ids this step waits for, like needs: fence-primary, check-lag');

  let role: string | null = null;
  const roleWords = values.get('role');
  if (roleWords !== undefined) {
    if (roleWords.length !== 1) problems.push(`"role:" takes one role id, like role: operations-lead${roleWords.length > 1 ? `, not "${roleWords.join(' ')}"` : ''}`);
    else role = roleWords[0]!;
  }

  let expectMs: number | null = null;
  const expectWords = values.get('expect');
  if (expectWords !== undefined) {
    const written = expectWords.join(' ');
    expectMs = parseDuration(written);
    if (expectMs === null) problems.push(written === '' ? `"expect:" is empty: ${DURATION_RULE}` : `the expected duration "${written}" is not a duration: ${DURATION_RULE}`);
  }

  const confirm = readConfirm(values.get('confirm'), problems);
  const restores = readRestores(values.get('restores'), problems);

  return { attributes: { id, needs, role, expectMs, confirm, restores }, problems };
}

function readConfirm(words: readonly string[] | undefined, problems: string[]): Confirmation {
  if (words === undefined) return 'one';
  const written = words.join(' ');
  const known = CONFIRMATIONS.find((confirmation) => confirmation === written.toLowerCase());
  if (known !== undefined) return known;
  problems.push(
    written === ''
      ? '"confirm:" is empty: write confirm: two for a step a second person must confirm (or confirm: one, the default)'
      : `"confirm: ${written}" is not one or two: write confirm: two for a step a second person must confirm (or confirm: one, the default)`,
  );
  return 'one';
}

function readRestores(words: readonly string[] | undefined, problems: string[]): string[] {
  if (words === undefined) return [];
  const ids = [...new Set(words.flatMap((value) => value.split(',')).filter((service) => service !== ''))];
  if (ids.length === 0) problems.push('"restores:" names no service; list the ids of the services this step brings back, like restores: dns, ldap-directory');
  if (ids.length > 50) problems.push(`"restores:" names ${ids.length} services; a step restores at most 50, so split it into steps`);
  const bad = ids.filter((service) => !serviceIdSchema.safeParse(service).success);
  for (const service of bad) problems.push(`"${service}" in "restores:" is not a service id: ${SERVICE_ID_RULE}, as the service catalogue names them (like primary-database)`);
  return ids.filter((service) => !bad.includes(service));
}
