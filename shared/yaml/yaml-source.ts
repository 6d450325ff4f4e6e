/**
 * The part every YAML file we read from a folder shares: the parsed document
 * with a way to find the line of any node, and the list of problems found in
 * it, each with its file and line. The readers of channel, call-out and
 * catalogue files build on it so that a problem is reported the same way in
 * all of them.
 */
import { isScalar, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { RunbookProblem } from '../runbooks/runbook.js';

/** The line of a node, or `fallback` when the node has no place in the text (a missing value). */
export type LineOf = (node: unknown, fallback: number) => number;
export type Report = (line: number, reason: string) => void;

export interface YamlSource {
  readonly document: Document.Parsed;
  /** The line of an offset into the text. */
  readonly lineAt: (offset: number) => number;
  readonly lineOf: LineOf;
  readonly problems: RunbookProblem[];
  readonly problem: Report;
}

export function readYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  // Repeated keys are allowed through so each is refused with its own line and the rest still loads.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const lineOf: LineOf = (node, fallback) => ((node as Node | null)?.range ? lineAt((node as Node).range![0]) : fallback);
  const problems: RunbookProblem[] = [];
  const problem: Report = (line, reason) => problems.push({ file, line, reason });
  return { document, lineAt, lineOf, problems, problem };
}

export interface EntryFields {
  /** Each known field once, with the line of its key. */
  readonly fields: ReadonlyMap<string, { readonly value: unknown; readonly line: number }>;
  /** False when a field was unknown or written twice; both are reported already. */
  readonly ok: boolean;
}

/**
 * The fields of one entry, like a channel or a service (`what` is "channel"
 * or "service"), refusing a field it does not have and one written twice.
 */
export function readEntryFields(entry: YAMLMap, allowed: readonly string[], what: string, line: number, lineOf: LineOf, problem: Report): EntryFields {
  const fields = new Map<string, { value: unknown; line: number }>();
  let ok = true;
  for (const pair of entry.items) {
    const key = keyOf(pair.key);
    const keyLine = lineOf(pair.key, line);
    if (key === null || !allowed.includes(key)) {
      problem(keyLine, unknownField(key, allowed, `of a ${what}`));
      ok = false;
      continue;
    }
    const first = fields.get(key);
    if (first) {
      problem(keyLine, `"${key}" is written twice in this ${what} (first on line ${first.line}); keep one`);
      ok = false;
      continue;
    }
    fields.set(key, { value: pair.value, line: keyLine });
  }
  return { fields, ok };
}

export function unknownField(key: string | null, known: readonly string[], where: string): string {
  return `unknown field "${key ?? ''}" ${where}: the fields are ${known.join(', ')}`;
}

export function keyOf(node: unknown): string | null {
  return isScalar(node) && node.value !== null ? String(node.value) : null;
}

/** Text as written; YAML reads `name: 2024` as a number, but the author meant the text. */
export function scalarText(node: unknown): string | null {
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return null;
  const value = String(node.value).trim();
  return value === '' ? null : value;
}

/** The first line of the yaml library's message, without the position it repeats. */
export function yamlReason(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
