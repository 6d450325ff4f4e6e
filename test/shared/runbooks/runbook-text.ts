/** Runbook files written inline, so each test shows the Markdown it is about. */
import { expect } from 'vitest';
import { parseRunbook } from '../../../shared/runbooks/parse-runbook.js';
import type { Runbook, RunbookProblem } from '../../../shared/runbooks/runbook.js';

export const FRONT_MATTER = ['---', 'id: database-failover', 'title: Database primary failover', 'services: [checkout, payments-api]', 'target: 15m', 'roles: [coordinator, database-lead]', '---'];

/** A file with the standard front matter (7 lines) and `body`, whose first line is line 8. */
export function withFrontMatter(body: string): string {
  return [...FRONT_MATTER, body].join('\n');
}

export function parsed(text: string, file = 'runbooks/sample.md'): Runbook {
  const result = parseRunbook(text, file);
  if (!result.ok) throw new Error(`Expected the runbook to parse, got:\n${result.problems.map((p) => `${p.line}: ${p.reason}`).join('\n')}`);
  return result.runbook;
}

export function refused(text: string, file = 'runbooks/sample.md'): RunbookProblem[] {
  const result = parseRunbook(text, file);
  if (result.ok) throw new Error(`Expected the runbook to be refused; it parsed with ${result.runbook.steps.length} steps`);
  expect(result.problems.length).toBeGreaterThan(0);
  return [...result.problems];
}
