/**
 * One catalogue file: YAML with an optional `tiers:` map and a `services:`
 * list (runbooks/services/README.md describes it for the people who write
 * it). Every entry is checked on its own, so a malformed one is refused with
 * its line while the others load. What needs the whole catalogue (a
 * dependency on another file's service, a duplicate id, a cycle) is judged
 * later, in build-catalogue.ts.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { serviceIdSchema } from '../events.js';
import { LIMITS } from '../limits.js';
import { DURATION_RULE, parseDuration } from '../runbooks/duration.js';
import { isValidId } from '../runbooks/runbook.js';
import { keyOf, readEntryFields, readYamlSource, scalarText, unknownField, yamlReason, type LineOf, type Report } from '../yaml/yaml-source.js';
import type { CatalogueProblem } from './catalogue.js';
import { CONFIRMATIONS, type Confirmation } from './service-state.js';

/** A dependency as written, with its line, so an unknown one is pointed at. */
export interface WrittenDependency {
  readonly id: string;
  readonly line: number;
}

/** A service entry that passed its own checks; its dependencies and check step are not yet looked up. */
export interface CatalogueEntry {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly tier: number;
  readonly dependsOn: readonly WrittenDependency[];
  readonly check: string;
  readonly checkStep: { readonly runbookId: string; readonly stepId: string; readonly line: number } | null;
  readonly customerFacing: boolean;
  /** Its monthly uptime target as a percentage (`uptime-target: 99.95%`); null when it sets none. */
  readonly uptimeTargetPercent: number | null;
  /** Its own `freshness:`; null takes its tier's. */
  readonly freshnessMs: number | null;
  readonly restartMs: number | null;
  readonly confirm: Confirmation;
  readonly file: string;
  /** The line of its `- id:` entry. */
  readonly line: number;
}

export interface TierEntry {
  readonly tier: number;
  readonly name: string | null;
  readonly freshnessMs: number | null;
  readonly file: string;
  readonly line: number;
}

/** An entry refused for its own mistakes whose id could be read: what depends on it is told why it is missing. */
export interface RefusedEntry {
  readonly id: string;
  readonly file: string;
  readonly line: number;
}

export interface ParsedCatalogueFile {
  readonly entries: readonly CatalogueEntry[];
  readonly refused: readonly RefusedEntry[];
  readonly tiers: readonly TierEntry[];
  readonly problems: readonly CatalogueProblem[];
}

export const SERVICE_FIELDS = ['id', 'name', 'team', 'tier', 'depends', 'check', 'check-step', 'customer-facing', 'uptime-target', 'restart', 'freshness', 'confirm'] as const;
const TOP_FIELDS = ['tiers', 'services'] as const;
const TIER_FIELDS = ['name', 'freshness'] as const;
export const MIN_TIER = 1;
export const MAX_TIER = 9;
const SERVICE_ID_RULE = '2 to 64 lower-case letters, digits or dashes, starting with a letter or digit';
const UPTIME_TARGET_RULE = 'write the share of each month it must be up, from 50% to 100%, like "uptime-target: 99.95%"';
const CHECK_STEP_RULE = 'write it as runbook-id#step-id, like database-failover#check-replication';

export function parseCatalogue(text: string, file: string): ParsedCatalogueFile {
  const { document, lineAt, lineOf, problems, problem } = readYamlSource(text, file);

  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const hint = /mapping/i.test(error.message) ? ' (put a value that contains ": " or " #" in quotes)' : '';
      problem(lineAt(error.pos[0]), `this file is not valid YAML, so none of its services load: ${yamlReason(error.message)}${hint}`);
    }
    return { entries: [], refused: [], tiers: [], problems };
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { entries: [], refused: [], tiers: [], problems };
  if (!isMap(contents)) {
    problem(lineOf(contents, 1), 'a catalogue file holds "tiers:" (optional) and "services:", a list of services each starting "- id:"');
    return { entries: [], refused: [], tiers: [], problems };
  }

  let tiersNode: unknown = null;
  let servicesNode: unknown = null;
  const topLines = new Map<string, number>();
  for (const pair of contents.items) {
    const key = keyOf(pair.key);
    const keyLine = lineOf(pair.key, 1);
    if (key !== 'tiers' && key !== 'services') {
      problem(keyLine, unknownField(key, TOP_FIELDS, 'at the top of a catalogue file'));
      continue;
    }
    // YAML would refuse the whole file; saying which line to merge into which keeps the rest loading.
    const first = topLines.get(key);
    if (first !== undefined) {
      problem(keyLine, `"${key}:" is written twice in this file (first on line ${first}); put everything under the first one`);
      continue;
    }
    topLines.set(key, keyLine);
    // `services:` with nothing under it yet is an empty list, not a mistake.
    const value = isScalar(pair.value) && pair.value.value === null ? null : pair.value;
    if (key === 'tiers') tiersNode = value;
    else servicesNode = value;
  }

  const tiers: TierEntry[] = [];
  if (tiersNode !== null) {
    if (!isMap(tiersNode)) {
      problem(lineOf(tiersNode, 1), '"tiers" must be a map from tier number to its name and freshness, like "1: { name: Foundation, freshness: 10m }"');
    } else {
      for (const pair of tiersNode.items) {
        const tier = readTier(pair.key, pair.value, lineOf, problem);
        if (tier) tiers.push({ ...tier, file });
      }
    }
  }

  const entries: CatalogueEntry[] = [];
  const refused: RefusedEntry[] = [];
  if (servicesNode !== null) {
    if (!isSeq(servicesNode)) {
      problem(lineOf(servicesNode, 1), '"services" must be a list of services, each starting with "- id:" on its own line');
    } else {
      for (const item of servicesNode.items) {
        const read = readService(item, lineOf, problem);
        if ('refusedId' in read) {
          if (read.refusedId !== null) refused.push({ id: read.refusedId, file, line: read.line });
        } else entries.push({ ...read, file });
      }
    }
  }
  return { entries, refused, tiers, problems };
}

function readTier(keyNode: unknown, value: unknown, lineOf: LineOf, problem: Report): Omit<TierEntry, 'file'> | null {
  const line = lineOf(keyNode, 1);
  const written = isScalar(keyNode) ? keyNode.value : null;
  const tier = typeof written === 'number' ? written : Number(String(written));
  if (!Number.isInteger(tier) || tier < MIN_TIER || tier > MAX_TIER) {
    problem(line, `the tier "${String(written)}" is not a tier: tiers are whole numbers from ${MIN_TIER} (back first) to ${MAX_TIER}`);
    return null;
  }
  if (!isMap(value)) {
    problem(lineOf(value, line), `tier ${tier} needs its name and freshness, like "${tier}: { name: Foundation, freshness: 10m }"`);
    return null;
  }
  let ok = true;
  let name: string | null = null;
  let freshnessMs: number | null = null;
  const seen = new Map<string, number>();
  for (const pair of value.items) {
    const key = keyOf(pair.key);
    const keyLine = lineOf(pair.key, line);
    const first = key === null ? undefined : seen.get(key);
    if (key !== null) seen.set(key, first ?? keyLine);
    if (first !== undefined) {
      problem(keyLine, `tier ${tier}'s "${key}" is written twice (first on line ${first})`);
      ok = false;
    } else if (key === 'name') {
      name = scalarText(pair.value);
      if (name === null || name.length > LIMITS.titleChars) {
        problem(lineOf(pair.value, keyLine), `tier ${tier}'s "name" must be text of at most ${LIMITS.titleChars} characters, like "name: Foundation"`);
        ok = false;
      }
    } else if (key === 'freshness') {
      freshnessMs = readDuration(pair.value, 'freshness', keyLine, lineOf, problem);
      if (freshnessMs === null) ok = false;
    } else {
      problem(keyLine, unknownField(key, TIER_FIELDS, `in tier ${tier}`));
      ok = false;
    }
  }
  return ok ? { tier, name, freshnessMs, line } : null;
}

type ReadService = Omit<CatalogueEntry, 'file'> | { readonly refusedId: string | null; readonly line: number };

function readService(item: unknown, lineOf: LineOf, problem: Report): ReadService {
  const line = lineOf(item, 1);
  if (!isMap(item)) {
    problem(line, 'each service is a set of fields starting with "- id:", like "- id: dns-resolvers" then "name:", "team:", "tier:" on the lines below');
    return { refusedId: null, line };
  }
  const read = readEntryFields(item, SERVICE_FIELDS, 'service', line, lineOf, problem);
  const fields = read.fields;
  let ok = read.ok;
  const idField = fields.get('id');
  const written = idField ? scalarText(idField.value) : null;
  const id = written !== null && serviceIdSchema.safeParse(written).success ? written : null;
  const who = id === null ? 'this service' : `the service "${id}"`;
  if (!idField) problem(line, 'this service has no "id": give it one, like "- id: dns-resolvers"');
  else if (id === null) problem(lineOf(idField.value, idField.line), `"${written ?? ''}" is not a service id: ${SERVICE_ID_RULE}, like dns-resolvers`);
  if (id === null) ok = false;

  const valueLine = (key: string) => {
    const field = fields.get(key)!;
    return lineOf(field.value, field.line);
  };
  const requiredText = (key: 'name' | 'team', max: number, example: string): string | null => {
    if (!fields.has(key)) {
      problem(line, `${who} has no "${key}": ${example}`);
      return null;
    }
    const value = scalarText(fields.get(key)!.value);
    if (value === null || value.length > max) {
      problem(valueLine(key), `${who}'s "${key}" must be text of at most ${max} characters: ${example}`);
      return null;
    }
    return value;
  };
  const name = requiredText('name', LIMITS.titleChars, 'what people call it, like "name: DNS resolvers"');
  const team = requiredText('team', LIMITS.contactFieldChars, 'the team that owns it, like "team: Network"');
  if (name === null || team === null) ok = false;

  let tier: number | null = null;
  if (!fields.has('tier')) problem(line, `${who} has no "tier": how soon it must be back, ${MIN_TIER} first, like "tier: 2"`);
  else {
    const value = fields.get('tier')!.value;
    const number = isScalar(value) ? value.value : null;
    if (typeof number === 'number' && Number.isInteger(number) && number >= MIN_TIER && number <= MAX_TIER) tier = number;
    else problem(valueLine('tier'), `${who}'s tier "${isScalar(value) ? String(value.value) : ''}" is not a tier: a whole number from ${MIN_TIER} (back first) to ${MAX_TIER}`);
  }
  if (tier === null) ok = false;

  const dependsOn: WrittenDependency[] = [];
  if (fields.has('depends')) {
    const value = fields.get('depends')!.value;
    const items = isSeq(value) ? (value.items as unknown[]) : isScalar(value) && value.value !== null ? [value] : isScalar(value) || value === null ? [] : null;
    if (items === null) {
      problem(valueLine('depends'), `${who}'s "depends" must be a list of service ids, like "depends: [dns-resolvers, core-network]"`);
      ok = false;
    }
    for (const dependency of items ?? []) {
      const dependencyLine = lineOf(dependency, valueLine('depends'));
      const dependencyId = scalarText(dependency);
      if (dependencyId === null || !serviceIdSchema.safeParse(dependencyId).success) {
        problem(dependencyLine, `${who} depends on "${dependencyId ?? ''}", which is not a service id: ${SERVICE_ID_RULE}`);
        ok = false;
      } else if (dependsOn.some((known) => known.id === dependencyId)) {
        problem(dependencyLine, `${who} lists "${dependencyId}" twice in "depends"`);
        ok = false;
      } else dependsOn.push({ id: dependencyId, line: dependencyLine });
    }
  }

  let check = '';
  if (fields.has('check')) {
    const value = scalarText(fields.get('check')!.value);
    if (value === null || value.length > LIMITS.reasonChars || /[\r\n]/.test(value)) {
      problem(valueLine('check'), `${who}'s "check" must be one line of at most ${LIMITS.reasonChars} characters saying how to check it by hand`);
      ok = false;
    } else check = value;
  }
  let checkStep: CatalogueEntry['checkStep'] = null;
  if (fields.has('check-step')) {
    const value = scalarText(fields.get('check-step')!.value) ?? '';
    const [runbookId, stepId, ...rest] = value.split('#');
    if (runbookId === undefined || stepId === undefined || rest.length > 0 || !isValidId(runbookId) || !isValidId(stepId)) {
      problem(valueLine('check-step'), `${who}'s "check-step" "${value}" does not name a runbook step: ${CHECK_STEP_RULE}`);
      ok = false;
    } else checkStep = { runbookId, stepId, line: valueLine('check-step') };
  }
  if (!fields.has('check') && !fields.has('check-step')) {
    problem(line, `${who} says nothing of how to check it by hand: add "check:" (one line a person can follow) or "check-step:" (${CHECK_STEP_RULE})`);
    ok = false;
  }

  let customerFacing = false;
  if (fields.has('customer-facing')) {
    const value = fields.get('customer-facing')!.value;
    if (isScalar(value) && typeof value.value === 'boolean') customerFacing = value.value;
    else {
      problem(valueLine('customer-facing'), `${who}'s "customer-facing" is true or false`);
      ok = false;
    }
  }

  let uptimeTargetPercent: number | null = null;
  if (fields.has('uptime-target')) {
    const value = fields.get('uptime-target')!.value;
    const written = isScalar(value) && value.value !== null ? String(value.value).trim() : '';
    uptimeTargetPercent = parseUptimeTarget(written);
    if (uptimeTargetPercent === null) {
      problem(valueLine('uptime-target'), `${who}'s "uptime-target" "${written}" is not a monthly target: ${UPTIME_TARGET_RULE}`);
      ok = false;
    }
  }

  const duration = (key: 'restart' | 'freshness'): number | null => {
    if (!fields.has(key)) return null;
    const value = readDuration(fields.get(key)!.value, key, fields.get(key)!.line, lineOf, (at, reason) => problem(at, `${who}'s ${reason}`));
    if (value === null) ok = false;
    return value;
  };
  const restartMs = duration('restart');
  const freshnessMs = duration('freshness');

  let confirm: Confirmation = 'one';
  if (fields.has('confirm')) {
    const value = scalarText(fields.get('confirm')!.value);
    if ((CONFIRMATIONS as readonly (string | null)[]).includes(value)) confirm = value as Confirmation;
    else {
      problem(valueLine('confirm'), `${who}'s "confirm" is "${value ?? ''}": write "confirm: two" when marking it up needs a second person, or leave it out`);
      ok = false;
    }
  }

  if (!ok || id === null || name === null || team === null || tier === null) return { refusedId: id, line };
  return { id, name, team, tier, dependsOn, check, checkStep, customerFacing, uptimeTargetPercent, freshnessMs, restartMs, confirm, line };
}

/** "99.95%" or 99.95 → 99.95; null for anything else. */
export function parseUptimeTarget(written: string): number | null {
  const match = /^(\d{1,3}(?:\.\d{1,6})?)\s*%?$/.exec(written);
  if (!match) return null;
  const percent = Number(match[1]);
  // Below 50 % is no target anyone means: most likely a fraction (0.9995) written for a percentage.
  return percent >= 50 && percent <= 100 ? percent : null;
}

function readDuration(value: unknown, key: string, keyLine: number, lineOf: LineOf, problem: Report): number | null {
  const written = isScalar(value) && value.value !== null ? String(value.value).trim() : '';
  const ms = parseDuration(written);
  if (ms === null) {
    problem(lineOf(value, keyLine), written === '' ? `"${key}" is empty: ${DURATION_RULE}` : `"${key}" "${written}" is not a duration: ${DURATION_RULE}`);
    return null;
  }
  if (ms > 31 * 24 * 60 * 60 * 1000) {
    problem(lineOf(value, keyLine), `"${key}" "${written}" is longer than a month`);
    return null;
  }
  return ms;
}
