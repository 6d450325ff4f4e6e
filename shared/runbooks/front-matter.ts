/**
 * The runbook's front matter: the YAML between the opening `---` line and
 * the next `---`, holding what the whole runbook is about (id, title,
 * services, target, roles; optionally summary and tags). Every field is
 * checked, and each mistake points at the line where it is written, or at
 * the opening `---` when a required field is missing.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DURATION_RULE, parseDuration } from './duration.js';
import { readReview } from './review-fields.js';
import { ID_RULE, isValidId, type Runbook } from './runbook.js';

/** What the front matter says: the runbook without its steps and file. */
export type RunbookHeader = Omit<Runbook, 'steps' | 'file'>;

export interface LineProblem {
  readonly line: number;
  readonly reason: string;
}

export interface SplitFile {
  readonly frontMatter: string;
  /** The line of the first front-matter field (the one after the opening `---`). */
  readonly frontMatterLine: number;
  readonly body: string;
  /** The line the body starts on. */
  readonly bodyLine: number;
}

const FENCE = /^---[ \t]*$/;
const DOTS_FENCE = /^\.\.\.[ \t]*$/;

/** A Markdown file's front matter fences gone wrong: none at the top, or the one there never closed (said at line 1). */
export interface FenceProblem {
  readonly line: number;
  readonly missing: 'opening' | 'closing';
}

/**
 * Finds the front matter of any Markdown file with one (a runbook, a role
 * card): the lines between a `---` line at the very top and the next fence,
 * and the body after it, with the lines each starts on so that problems are
 * reported at the file's own line. `text` has `\n` line ends. `dotsClose`:
 * YAML's end-of-document line `...` closes it too, as runbooks allow.
 */
export function findFrontMatter(text: string, { dotsClose }: { readonly dotsClose: boolean }): SplitFile | FenceProblem {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { line: 1, missing: 'opening' };
  const closing = lines.findIndex((line, index) => index > 0 && (FENCE.test(line) || (dotsClose && DOTS_FENCE.test(line))));
  if (closing === -1) return { line: 1, missing: 'closing' };
  return {
    frontMatter: lines.slice(1, closing).join('\n'),
    frontMatterLine: 2,
    body: lines.slice(closing + 1).join('\n'),
    bodyLine: closing + 2,
  };
}

const FENCE_REASONS: Readonly<Record<FenceProblem['missing'], string>> = {
  opening: 'a runbook starts with its front matter: a line "---", the fields (id, title, services, target, roles), then another "---"',
  closing: 'the front matter opened here is never closed: end it with a line "---"',
};

/** Splits off a runbook's front matter; `text` has `\n` line ends. */
export function splitFrontMatter(text: string): SplitFile | LineProblem {
  const split = findFrontMatter(text, { dotsClose: true });
  return 'missing' in split ? { line: split.line, reason: FENCE_REASONS[split.missing] } : split;
}

const REQUIRED = ['id', 'title', 'services', 'target', 'roles'] as const;
const OPTIONAL = ['summary', 'tags', 'owner', 'reviewed', 'review_every'] as const;
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];

/** Reads and checks the fields; `firstLine` is where the YAML starts in the file. */
export function readFrontMatter(yamlText: string, firstLine: number): RunbookHeader | LineProblem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const nodeLine = (node: Node | null | undefined) => (node?.range ? lineAt(node.range[0]) : firstLine - 1);

  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      line: lineAt(error.pos[0]),
      reason: `the front matter is not valid YAML: ${firstSentence(error.message)}${error.code === 'BLOCK_AS_IMPLICIT_KEY' || /mapping/i.test(error.message) ? ' (put a value that contains ": " in quotes)' : ''}`,
    }));
  }
  const contents = document.contents;
  if (!isMap(contents)) {
    return [{ line: firstLine - 1, reason: 'the front matter must be fields, one per line, like "id: database-failover"' }];
  }

  const problems: LineProblem[] = [];
  const fields = new Map<string, Node | null>();
  const keyLines = new Map<string, number>();
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    const keyLine = nodeLine(pair.key as Node | null);
    if (key === null || !KNOWN.includes(key)) {
      problems.push({ line: keyLine, reason: `unknown front matter field ${JSON.stringify(key ?? '')}: the fields are ${KNOWN.join(', ')}` });
      continue;
    }
    fields.set(key, (pair.value as Node | null) ?? null);
    keyLines.set(key, keyLine);
  }
  for (const key of REQUIRED) {
    if (!fields.has(key)) problems.push({ line: firstLine - 1, reason: `the front matter has no "${key}": ${FIELD_HELP[key]}` });
  }

  const valueLine = (key: string, node: Node | null | undefined) =>
    node?.range && isScalar(node) && node.value !== null ? nodeLine(node) : (keyLines.get(key) ?? firstLine - 1);
  const text = (key: string, node: Node | null | undefined): string | null => {
    // YAML reads `title: 2024` or `id: 12345678` as numbers; the author meant the text.
    const value = isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value).trim() : '';
    if (value === '') {
      problems.push({ line: valueLine(key, node), reason: `"${key}" must be text: ${FIELD_HELP[key]}` });
      return null;
    }
    return value;
  };
  const list = (key: string, node: Node | null | undefined): string[] | null => {
    if (!isSeq(node)) {
      problems.push({ line: valueLine(key, node), reason: `"${key}" must be a list, like [a, b] or one "- item" per line: ${FIELD_HELP[key]}` });
      return null;
    }
    const items: string[] = [];
    for (const item of node.items as Node[]) {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        problems.push({ line: nodeLine(item), reason: `every item of "${key}" must be text` });
        continue;
      }
      const value = item.value.trim();
      if (items.includes(value)) problems.push({ line: nodeLine(item), reason: `"${value}" is listed twice in "${key}"` });
      else items.push(value);
    }
    return items;
  };

  const idNode = fields.get('id');
  let id = fields.has('id') ? text('id', idNode) : null;
  if (id !== null && !isValidId(id)) {
    problems.push({ line: valueLine('id', idNode), reason: `the id "${id}" is not a runbook id: ${ID_RULE}, like database-failover` });
    id = null;
  }
  const title = fields.has('title') ? text('title', fields.get('title')) : null;
  const services = fields.has('services') ? list('services', fields.get('services')) : null;

  let targetMs: number | null = null;
  if (fields.has('target')) {
    const node = fields.get('target');
    const written = isScalar(node) && node.value !== null ? String(node.value) : '';
    targetMs = parseDuration(written);
    if (targetMs === null) {
      const reason = written === '' ? `"target" is empty: ${FIELD_HELP.target}` : `the target "${written}" is not a duration: ${DURATION_RULE}`;
      problems.push({ line: valueLine('target', node), reason });
    }
  }

  let roles: string[] | null = null;
  if (fields.has('roles')) {
    const node = fields.get('roles');
    roles = list('roles', node);
    if (roles?.length === 0) problems.push({ line: valueLine('roles', node), reason: `"roles" is empty: ${FIELD_HELP.roles}` });
    for (const role of roles ?? []) {
      if (!isValidId(role)) {
        const item = isSeq(node) ? (node.items as Node[]).find((candidate) => isScalar(candidate) && candidate.value === role) : node;
        problems.push({ line: nodeLine(item), reason: `the role "${role}" is not a role id: ${ID_RULE}, like operations-lead` });
      }
    }
  }

  const summary = fields.has('summary') ? text('summary', fields.get('summary')) : null;
  const tags = fields.has('tags') ? list('tags', fields.get('tags')) : [];
  const owner = fields.has('owner') ? text('owner', fields.get('owner')) : null;
  const review = readReview(fields, (key, node) => valueLine(key, node), (line, reason) => problems.push({ line, reason }));

  if (problems.length > 0 || id === null || title === null || services === null || targetMs === null || roles === null || tags === null) {
    return problems;
  }
  return { id, title, services, targetMs, roles, summary, tags, owner, ...review };
}

const FIELD_HELP: Record<string, string> = {
  id: `the runbook's id, ${ID_RULE}, like "id: database-failover"`,
  title: 'what the runbook recovers from, like "title: Database primary failover"',
  services: 'the services it brings back, like "services: [checkout, payments-api]" ([] when it is about people, not services)',
  target: `the target recovery time, like "target: 30m"; ${DURATION_RULE}`,
  roles: 'the roles it involves, like "roles: [coordinator, operations-lead]"',
  summary: 'one or two sentences on when to use it',
  tags: 'words to find it by, like "tags: [database, failover]"',
  owner: 'the person or team who keeps it up to date, like "owner: Database team"',
};

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
