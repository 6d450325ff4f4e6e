/**
 * The readiness questions on this laptop: `readiness.yaml` in the runbooks
 * folder Holdfast ships, with the same file in each of this laptop's own
 * runbook folders over it, in the order the folders are given: a question
 * with an id already asked replaces it, so a team rewords or re-times a
 * shipped question without copying the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseReadiness, type ParsedReadinessFile, type ReadinessQuestion } from '../../shared/readiness/parse-readiness.js';
import type { RunbookProblem } from '../../shared/runbooks/runbook.js';
import { readingError } from '../runbooks/reading-error.js';

export const READINESS_FILE_NAME = 'readiness.yaml';
/** A checklist is a few dozen questions; anything this large is not one. */
const MAX_READINESS_FILE_BYTES = 256 * 1024;

export interface ReadinessQuestions {
  readonly questions: readonly ReadinessQuestion[];
  readonly problems: readonly RunbookProblem[];
}

export function loadReadinessQuestions(folders: readonly string[]): ReadinessQuestions {
  const questions: ReadinessQuestion[] = [];
  const problems: RunbookProblem[] = [];
  for (const folder of folders) {
    const file = path.join(folder, READINESS_FILE_NAME);
    if (!fs.existsSync(file)) continue;
    const parsed = readReadinessFile(file);
    problems.push(...parsed.problems);
    for (const question of parsed.questions) {
      const at = questions.findIndex((earlier) => earlier.id === question.id);
      if (at === -1) questions.push(question);
      else questions[at] = question;
    }
  }
  return { questions, problems };
}

function readReadinessFile(file: string): ParsedReadinessFile {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return unreadable(file, 'this is not a file');
    if (stat.size > MAX_READINESS_FILE_BYTES) return unreadable(file, `this file is ${Math.ceil(stat.size / 1024)} KiB; a readiness file is at most 256 KiB`);
    return parseReadiness(fs.readFileSync(file, 'utf8'), file);
  } catch (error) {
    return unreadable(file, `cannot read this file: ${readingError(error)}`);
  }
}

function unreadable(file: string, reason: string): ParsedReadinessFile {
  return { questions: [], problems: [{ file, line: null, reason }] };
}
