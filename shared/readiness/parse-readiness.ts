/**
 * The readiness checklist file: YAML with a `questions:` list
 * (runbooks/README.md describes it). Each question has an id, the text a
 * team answers, how often the answer goes stale (`every: 7d`) and, when it
 * is not for every team, the teams it is for. Every entry is checked on its
 * own, so a malformed one is refused with its line while the others load.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { categoryIdSchema } from '../events.js';
import { LIMITS } from '../limits.js';
import { parseDuration } from '../runbooks/duration.js';
import type { RunbookProblem } from '../runbooks/runbook.js';
import { keyOf, readEntryFields, readYamlSource, scalarText, yamlReason, type LineOf, type Report } from '../yaml/yaml-source.js';

export interface ReadinessQuestion {
  readonly id: string;
  readonly text: string;
  /** How long an answer holds before it is stale. */
  readonly everyMs: number;
  /** The teams it is asked of, as written; null: every team. */
  readonly teams: readonly string[] | null;
  readonly file: string;
  readonly line: number;
}

export interface ParsedReadinessFile {
  readonly questions: readonly ReadinessQuestion[];
  readonly problems: readonly RunbookProblem[];
}

export const QUESTION_FIELDS = ['id', 'text', 'every', 'teams'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
const EVERY_RULE = 'a number of days, like 1d, 7d or 90d (at least 1d, at most 365d)';

export function parseReadiness(text: string, file: string): ParsedReadinessFile {
  const { document, lineAt, lineOf, problems, problem } = readYamlSource(text, file);
  if (document.errors.length > 0) {
    for (const error of document.errors) problem(lineAt(error.pos[0]), `this file is not valid YAML, so none of its questions load: ${yamlReason(error.message)} (put a text that contains ": " or " #" in quotes)`);
    return { questions: [], problems };
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { questions: [], problems };
  if (!isMap(contents)) {
    problem(lineOf(contents, 1), 'a readiness file holds "questions:", a list of questions each starting "- id:"');
    return { questions: [], problems };
  }

  let listNode: unknown = null;
  let listLine: number | null = null;
  for (const pair of contents.items) {
    const key = keyOf(pair.key);
    const keyLine = lineOf(pair.key, 1);
    if (key !== 'questions') problem(keyLine, `unknown field "${key ?? ''}" at the top of a readiness file: the file holds "questions:" only`);
    else if (listLine !== null) problem(keyLine, `"questions:" is written twice in this file (first on line ${listLine}); put every question under the first one`);
    else {
      listLine = keyLine;
      listNode = isScalar(pair.value) && pair.value.value === null ? null : pair.value;
    }
  }

  const questions: ReadinessQuestion[] = [];
  if (listNode === null) return { questions, problems };
  if (!isSeq(listNode)) {
    problem(lineOf(listNode, listLine ?? 1), '"questions" must be a list of questions, each starting with "- id:" on its own line');
    return { questions, problems };
  }
  for (const item of listNode.items) {
    const question = readQuestion(item, lineOf, problem);
    if (question === null) continue;
    const first = questions.find((earlier) => earlier.id === question.id);
    if (first) problem(question.line, `the question id "${question.id}" is used twice in this file (first on line ${first.line}); give each question its own id`);
    else questions.push({ ...question, file });
  }
  return { questions, problems };
}

function readQuestion(item: unknown, lineOf: LineOf, problem: Report): Omit<ReadinessQuestion, 'file'> | null {
  const line = lineOf(item, 1);
  if (!isMap(item)) {
    problem(line, 'each question is a set of fields starting with "- id:", like "- id: coordinator-tonight" then "text:" and "every:" on the lines below');
    return null;
  }
  const { fields, ok } = readEntryFields(item, QUESTION_FIELDS, 'question', line, lineOf, problem);
  const valueLine = (key: string) => {
    const field = fields.get(key)!;
    return lineOf(field.value, field.line);
  };

  let id: string | null = null;
  if (!fields.has('id')) problem(line, 'this question has no "id": give it one, like "- id: coordinator-tonight"');
  else {
    const written = scalarText(fields.get('id')!.value);
    if (written !== null && categoryIdSchema.safeParse(written).success) id = written;
    else problem(valueLine('id'), `"${written ?? ''}" is not a question id: 2 to 64 lower-case letters, digits or dashes, like coordinator-tonight`);
  }
  const who = id === null ? 'this question' : `the question "${id}"`;

  let text: string | null = null;
  if (!fields.has('text')) problem(line, `${who} has no "text": the question as a team reads it, like "text: Who is the coordinator tonight?"`);
  else {
    text = scalarText(fields.get('text')!.value);
    if (text === null || text.length > LIMITS.summaryChars) {
      problem(valueLine('text'), `${who}'s "text" must be the question, at most ${LIMITS.summaryChars} characters`);
      text = null;
    }
  }

  let everyMs: number | null = null;
  if (!fields.has('every')) problem(line, `${who} has no "every": how often it must be answered again, ${EVERY_RULE}`);
  else {
    const value = fields.get('every')!.value;
    const written = isScalar(value) && value.value !== null ? String(value.value).trim() : '';
    const parsed = parseDuration(written);
    if (parsed === null || parsed < DAY_MS || parsed > 365 * DAY_MS) problem(valueLine('every'), `${who}'s "every: ${written}" is not a period: ${EVERY_RULE}`);
    else everyMs = parsed;
  }

  let teams: string[] | null = null;
  let teamsOk = true;
  if (fields.has('teams')) {
    const value = fields.get('teams')!.value;
    if (!isSeq(value) || value.items.length === 0) {
      problem(valueLine('teams'), `${who}'s "teams" must be a list of team names, like [Infrastructure, Database]; leave it out to ask every team`);
      teamsOk = false;
    } else {
      teams = [];
      for (const team of value.items) {
        const name = scalarText(team);
        if (name === null || name.length > LIMITS.nameChars) {
          problem(lineOf(team, valueLine('teams')), `every team in ${who}'s "teams" must be a name of at most ${LIMITS.nameChars} characters`);
          teamsOk = false;
        } else if (!teams.some((earlier) => sameTeam(earlier, name))) teams.push(name);
      }
    }
  }

  if (!ok || !teamsOk || id === null || text === null || everyMs === null) return null;
  return { id, text, everyMs, teams, line };
}

/** Teams are matched as the roster's are typed: without regard to case or surrounding spaces. */
export function sameTeam(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}
