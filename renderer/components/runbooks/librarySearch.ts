/**
 * Finding a runbook under stress: by any word of its title, id, summary,
 * services, roles or tags, case and accents aside (the same matching as the
 * People search), and optionally only the stale ones.
 */
import type { RunbookSummary } from '../../../shared/api.js';
import { matchesQuery } from '../people/search.js';

export function runbookMatches(runbook: RunbookSummary, query: string): boolean {
  return matchesQuery(query, [runbook.title, runbook.id, runbook.summary ?? '', ...runbook.services, ...runbook.roles, ...runbook.tags], []);
}

export function filterRunbooks(runbooks: readonly RunbookSummary[], query: string, staleOnly: boolean): RunbookSummary[] {
  return runbooks.filter((runbook) => (!staleOnly || runbook.stale) && runbookMatches(runbook, query));
}
