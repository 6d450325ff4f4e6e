/**
 * One categories file: YAML with a `causes:` list (runbooks/README.md,
 * "Incident categories", describes it for the people who write it). Every
 * cause is checked on its own, so a malformed one is refused with its line
 * while the others load. A duplicate id across files is judged in
 * build-taxonomy.ts.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { categoryIdSchema } from '../events.js';
import { LIMITS } from '../limits.js';
import type { RunbookProblem } from '../runbooks/runbook.js';
import { keyOf, readEntryFields, readYamlSource, scalarText, yamlReason, type LineOf, type Report } from '../yaml/yaml-source.js';

/** A cause that passed its own checks. */
export interface CauseEntry {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly file: string;
  /** The line of its `- id:` entry. */
  readonly line: number;
}

export interface ParsedCategoryFile {
  readonly entries: readonly CauseEntry[];
  readonly problems: readonly RunbookProblem[];
}

export const CAUSE_FIELDS = ['id', 'name', 'description'] as const;
const CAUSE_ID_RULE = '2 to 64 lower-case letters, digits or dashes, starting with a letter or digit';

export function parseCategories(text: string, file: string): ParsedCategoryFile {
  const { document, lineAt, lineOf, problems, problem } = readYamlSource(text, file);

  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const hint = /mapping/i.test(error.message) ? ' (put a value that contains ": " or " #" in quotes)' : '';
      problem(lineAt(error.pos[0]), `this file is not valid YAML, so none of its causes load: ${yamlReason(error.message)}${hint}`);
    }
    return { entries: [], problems };
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { entries: [], problems: [] };
  if (!isMap(contents)) {
    problem(lineOf(contents, 1), 'a categories file holds "causes:", a list of causes each starting "- id:"');
    return { entries: [], problems };
  }

  let causesNode: unknown = null;
  let causesLine: number | null = null;
  for (const pair of contents.items) {
    const key = keyOf(pair.key);
    const keyLine = lineOf(pair.key, 1);
    if (key !== 'causes') {
      problem(keyLine, `unknown field "${key ?? ''}" at the top of a categories file: the file holds "causes:" only`);
      continue;
    }
    if (causesLine !== null) {
      problem(keyLine, `"causes:" is written twice in this file (first on line ${causesLine}); put every cause under the first one`);
      continue;
    }
    causesLine = keyLine;
    causesNode = isScalar(pair.value) && pair.value.value === null ? null : pair.value;
  }

  const entries: CauseEntry[] = [];
  if (causesNode !== null) {
    if (!isSeq(causesNode)) problem(lineOf(causesNode, causesLine ?? 1), '"causes" must be a list of causes, each starting with "- id:" on its own line');
    else
      for (const item of causesNode.items) {
        const entry = readCause(item, lineOf, problem);
        if (!entry) continue;
        // Within one file a second entry with the same id is a slip of the pen: the first stands.
        const first = entries.find((known) => known.id === entry.id);
        if (first) problem(entry.line, `the cause id "${entry.id}" is also defined on line ${first.line}, which is kept; give each cause its own id`);
        else entries.push({ ...entry, file });
      }
  }
  return { entries, problems };
}

function readCause(item: unknown, lineOf: LineOf, problem: Report): Omit<CauseEntry, 'file'> | null {
  const line = lineOf(item, 1);
  if (!isMap(item)) {
    problem(line, 'each cause is a set of fields starting with "- id:", like "- id: change" then "name:" and "description:" on the lines below');
    return null;
  }
  const read = readEntryFields(item, CAUSE_FIELDS, 'cause', line, lineOf, problem);
  const fields = read.fields;
  const valueLine = (key: string) => {
    const field = fields.get(key)!;
    return lineOf(field.value, field.line);
  };

  const idField = fields.get('id');
  const writtenId = idField ? scalarText(idField.value) : null;
  const id = writtenId !== null && categoryIdSchema.safeParse(writtenId).success ? writtenId : null;
  const who = id === null ? 'this cause' : `the cause "${id}"`;
  if (!idField) problem(line, 'this cause has no "id": give it one, like "- id: change"');
  else if (id === null) problem(valueLine('id'), `"${writtenId ?? ''}" is not a cause id: ${CAUSE_ID_RULE}, like external-provider`);

  let name: string | null = null;
  if (!fields.has('name')) problem(line, `${who} has no "name": what people call it, like "name: External provider"`);
  else {
    name = scalarText(fields.get('name')!.value);
    if (name === null || name.length > LIMITS.titleChars || /[\r\n]/.test(name)) {
      problem(valueLine('name'), `${who}'s "name" must be one line of at most ${LIMITS.titleChars} characters, like "name: External provider"`);
      name = null;
    }
  }

  let description = '';
  let describedWell = true;
  if (fields.has('description')) {
    const written = scalarText(fields.get('description')!.value);
    if (written === null || written.length > LIMITS.reasonChars) {
      problem(valueLine('description'), `${who}'s "description" must be text of at most ${LIMITS.reasonChars} characters saying when to choose it`);
      describedWell = false;
    } else description = written.replace(/\s+/g, ' ');
  }

  if (!read.ok || id === null || name === null || !describedWell) return null;
  return { id, name, description, line };
}
