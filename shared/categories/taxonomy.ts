/** The taxonomy of incident causes, kept as data (runbooks/categories.yaml), with the catalogue's services beside it. */
import type { RunbookProblem } from '../runbooks/runbook.js';

export interface CauseCategory {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /**
   * True for a cause an incident was categorised with that no categories
   * file names any more: shown by its id so no incident's history is lost.
   */
  readonly retired?: boolean;
}

export interface CategoryTaxonomyView {
  /** In the file's order, own folders' additions after the shipped ones, then retired causes. */
  readonly causes: readonly CauseCategory[];
  /** Catalogue services an incident can be categorised by (empty when there is no catalogue). */
  readonly services: readonly { readonly id: string; readonly name: string }[];
  /** FILE:LINE problems of the taxonomy file (printed with formatProblem); the rest loaded. */
  readonly problems: readonly RunbookProblem[];
}

/** What a person reads for a cause id: its name, or the id itself when no file names it. */
export function causeName(causes: readonly CauseCategory[], id: string): string {
  return causes.find((cause) => cause.id === id)?.name ?? id;
}
