/**
 * One call-out file (`call-out.yaml`, described in runbooks/outreach/
 * README.md for the people who write it): per severity, how long to try one
 * person before the next, and the chains to call: a team's (its on-call
 * people, then named people), named people, and partners at an engagement
 * level. Each severity and each chain is checked on its own, so a mistake is
 * refused with its line while the rest loads. Whether a name is on the
 * roster is not known here: the roster is in the log, so the host checks
 * names when it draws the list (draw-call-out.ts).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { LIMITS } from '../limits.js';
import { DURATION_RULE, parseDuration } from '../runbooks/duration.js';
import type { RunbookProblem } from '../runbooks/runbook.js';
import { ENGAGEMENT_LEVELS, type EngagementLevel } from '../people/engagement.js';
import { readYamlSource, type LineOf, type Report } from '../yaml/yaml-source.js';
import { SEVERITIES, isSeverity, type Severity } from '../severity.js';

/** `on-call` in a team's chain: each of the team's on-call people, one rank each, in roster order. */
export const ON_CALL = 'on-call';

/** The levels a partner can be called in at; "released" ends an engagement and calls nobody. */
export const CALL_OUT_LEVELS = ENGAGEMENT_LEVELS.filter((level) => level !== 'released');
export type CallOutLevel = Exclude<EngagementLevel, 'released'>;

export interface WrittenName {
  readonly name: string;
  readonly line: number;
}

/** A chain as written: who is tried first, then next, in order. */
export type WrittenChain =
  | { readonly kind: 'team'; readonly team: string; readonly steps: readonly (WrittenName | { readonly onCall: true; readonly line: number })[]; readonly line: number }
  | { readonly kind: 'people'; readonly people: readonly WrittenName[]; readonly line: number }
  | { readonly kind: 'partner'; readonly partner: string; readonly level: CallOutLevel; readonly line: number };

export interface WrittenSeverity {
  readonly severity: Severity;
  readonly escalateAfterMs: number;
  readonly chains: readonly WrittenChain[];
  readonly file: string;
  readonly line: number;
}

export interface ParsedCallOutFile {
  readonly severities: readonly WrittenSeverity[];
  readonly problems: readonly RunbookProblem[];
}

export const SEVERITY_FIELDS = ['escalate-after', 'teams', 'people', 'partners'] as const;
const LONGEST_ESCALATION_MS = 24 * 60 * 60 * 1000;

export function parseCallOut(text: string, file: string): ParsedCallOutFile {
  const { document, lineAt, lineOf, problems, problem } = readYamlSource(text, file);

  if (document.errors.length > 0) {
    for (const error of document.errors) problem(lineAt(error.pos[0]), `this file is not valid YAML, so nobody in it is called: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`);
    return { severities: [], problems };
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { severities: [], problems };
  if (!isMap(contents)) {
    problem(lineOf(contents, 1), `a call-out file is a list of severities (${SEVERITIES.join(', ')}), each with "escalate-after:" and whom to call`);
    return { severities: [], problems };
  }

  const severities: WrittenSeverity[] = [];
  const seen = new Map<string, number>();
  for (const pair of contents.items) {
    const key = textOf(pair.key) ?? '';
    const line = lineOf(pair.key, 1);
    if (!isSeverity(key)) {
      problem(line, `"${key}" is not a severity: write one of ${SEVERITIES.join(', ')}`);
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problem(line, `${key} is written twice in this file (first on line ${first}); put everything under the first one`);
      continue;
    }
    seen.set(key, line);
    const read = readSeverity(key, pair.value, line, lineOf, problem);
    if (read) severities.push({ ...read, file });
  }
  return { severities, problems };
}

function readSeverity(severity: Severity, value: unknown, line: number, lineOf: LineOf, problem: Report): Omit<WrittenSeverity, 'file'> | null {
  if (!isMap(value)) {
    problem(lineOf(value, line), `${severity} needs "escalate-after:" and whom to call under it ("teams:", "people:", "partners:")`);
    return null;
  }
  let escalateAfterMs: number | null = null;
  let escalationWritten = false;
  const chains: WrittenChain[] = [];
  const fields = new Map<string, number>();
  for (const pair of value.items) {
    const key = textOf(pair.key) ?? '';
    const keyLine = lineOf(pair.key, line);
    if (!(SEVERITY_FIELDS as readonly string[]).includes(key)) {
      problem(keyLine, `unknown field "${key}" in ${severity}: the fields are ${SEVERITY_FIELDS.join(', ')}`);
      continue;
    }
    const first = fields.get(key);
    if (first !== undefined) {
      problem(keyLine, `${severity}'s "${key}" is written twice (first on line ${first}); keep one`);
      continue;
    }
    fields.set(key, keyLine);
    if (key === 'escalate-after') {
      escalationWritten = true;
      escalateAfterMs = readEscalation(severity, pair.value, keyLine, lineOf, problem);
    } else if (key === 'teams') chains.push(...readTeams(severity, pair.value, keyLine, lineOf, problem));
    else if (key === 'people') chains.push(...readPeople(severity, pair.value, keyLine, lineOf, problem));
    else chains.push(...readPartners(severity, pair.value, keyLine, lineOf, problem));
  }
  if (!escalationWritten) problem(line, `${severity} has no "escalate-after": how long to try one person before calling the next, like "escalate-after: 5m"`);
  if (escalateAfterMs === null) return null;
  return { severity, escalateAfterMs, chains, line };
}

function readEscalation(severity: Severity, value: unknown, line: number, lineOf: LineOf, problem: Report): number | null {
  const written = isScalar(value) && value.value !== null ? String(value.value).trim() : '';
  const ms = parseDuration(written);
  const at = lineOf(value, line);
  if (ms === null) {
    problem(at, written === '' ? `${severity}'s "escalate-after" is empty: ${DURATION_RULE}` : `${severity}'s "escalate-after" "${written}" is not a duration: ${DURATION_RULE}`);
    return null;
  }
  if (ms > LONGEST_ESCALATION_MS) {
    problem(at, `${severity}'s "escalate-after" "${written}" is longer than a day: nobody waits that long for an answer`);
    return null;
  }
  return ms;
}

function readTeams(severity: Severity, value: unknown, line: number, lineOf: LineOf, problem: Report): WrittenChain[] {
  if (isScalar(value) && value.value === null) return [];
  if (!isMap(value)) {
    problem(lineOf(value, line), `${severity}'s "teams" is a team per line with whom to call in order, like "Payments: [on-call, Priya Shah]"`);
    return [];
  }
  const chains: WrittenChain[] = [];
  for (const pair of value.items) {
    const team = textOf(pair.key);
    const teamLine = lineOf(pair.key, line);
    if (team === null || team.length > LIMITS.contactFieldChars) {
      problem(teamLine, `a team in ${severity}'s "teams" must be named, in at most ${LIMITS.contactFieldChars} characters`);
      continue;
    }
    const items = listOf(pair.value);
    if (items === null || items.length === 0) {
      problem(lineOf(pair.value, teamLine), `${team} in ${severity} names nobody to call: write whom to call in order, like "${team}: [on-call, Priya Shah]"`);
      continue;
    }
    const steps: (WrittenName | { onCall: true; line: number })[] = [];
    let ok = true;
    for (const item of items) {
      const name = textOf(item);
      const itemLine = lineOf(item, teamLine);
      if (name === ON_CALL) steps.push({ onCall: true, line: itemLine });
      else if (name === null || name.length > LIMITS.titleChars) {
        problem(itemLine, `${team} in ${severity}: each one to call is "on-call" or a person's name as the roster has it`);
        ok = false;
      } else steps.push({ name, line: itemLine });
    }
    if (ok) chains.push({ kind: 'team', team, steps, line: teamLine });
  }
  return chains;
}

function readPeople(severity: Severity, value: unknown, line: number, lineOf: LineOf, problem: Report): WrittenChain[] {
  const items = listOf(value);
  if (items === null) {
    problem(lineOf(value, line), `${severity}'s "people" is a list of names as the roster has them, like "people: [Dana Okafor]"`);
    return [];
  }
  const chains: WrittenChain[] = [];
  for (const item of items) {
    const itemLine = lineOf(item, line);
    // A name alone is a chain of one; a list in the list is a chain: the first, then the next.
    const names = isSeq(item) ? (item.items as unknown[]) : [item];
    const people = names.map((node) => ({ name: textOf(node), line: lineOf(node, itemLine) }));
    const bad = people.find((person) => person.name === null || person.name.length > LIMITS.titleChars || person.name === ON_CALL);
    if (bad || people.length === 0) {
      problem(bad?.line ?? itemLine, `${severity}'s "people": each is a person's name as the roster has it, or a list of names to call in order, like "[Marta Ruiz, Sam Lee]"`);
      continue;
    }
    chains.push({ kind: 'people', people: people as WrittenName[], line: itemLine });
  }
  return chains;
}

function readPartners(severity: Severity, value: unknown, line: number, lineOf: LineOf, problem: Report): WrittenChain[] {
  if (isScalar(value) && value.value === null) return [];
  if (!isMap(value)) {
    problem(lineOf(value, line), `${severity}'s "partners" is a level per line with the partners called in at it, like "working-group: [North Bank]"`);
    return [];
  }
  const chains: WrittenChain[] = [];
  for (const pair of value.items) {
    const level = textOf(pair.key) ?? '';
    const levelLine = lineOf(pair.key, line);
    if (!(CALL_OUT_LEVELS as readonly string[]).includes(level)) {
      problem(levelLine, `"${level}" is not an engagement level to call a partner in at: write ${CALL_OUT_LEVELS.join(', ')}`);
      continue;
    }
    const items = listOf(pair.value);
    if (items === null) {
      problem(lineOf(pair.value, levelLine), `${severity}'s "${level}" is a list of partners as the partner list names them, like "${level}: [North Bank]"`);
      continue;
    }
    for (const item of items) {
      const partner = textOf(item);
      const itemLine = lineOf(item, levelLine);
      if (partner === null || partner.length > LIMITS.titleChars) problem(itemLine, `${severity}'s "${level}": each partner is named as the partner list names it`);
      else chains.push({ kind: 'partner', partner, level: level as CallOutLevel, line: itemLine });
    }
  }
  return chains;
}

/** A YAML list's items, a single value as a list of one, nothing as an empty list; null when it is a map. */
function listOf(node: unknown): unknown[] | null {
  if (isSeq(node)) return node.items as unknown[];
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
  if (isScalar(node)) return [node];
  return null;
}

/** Text as written; YAML reads a bare number as a number, but the author meant the text. */
function textOf(node: unknown): string | null {
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return null;
  const value = String(node.value).trim();
  return value === '' ? null : value;
}
