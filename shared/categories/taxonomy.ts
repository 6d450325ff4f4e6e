/** The taxonomy of incident causes, kept as data (runbooks/categories.yaml), with the catalogue's services beside it. */
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

/** A problem in a categories file, printed as `FILE:LINE: message`. */
export interface TaxonomyProblem {
  readonly file: string;
  /** 1-based; null only when the whole file could not be read. */
  readonly line: number | null;
  readonly message: string;
}

export interface CategoryTaxonomyView {
  /** In the file's order, own folders' additions after the shipped ones, then retired causes. */
  readonly causes: readonly CauseCategory[];
  /** Catalogue services an incident can be categorised by (empty when there is no catalogue). */
  readonly services: readonly { readonly id: string; readonly name: string }[];
  /** FILE:LINE problems of the taxonomy file; the rest loaded. */
  readonly problems: readonly TaxonomyProblem[];
}

export function formatTaxonomyProblem(problem: TaxonomyProblem): string {
  return problem.line === null ? `${problem.file}: ${problem.message}` : `${problem.file}:${problem.line}: ${problem.message}`;
}

/** What a person reads for a cause id: its name, or the id itself when no file names it. */
export function causeName(causes: readonly CauseCategory[], id: string): string {
  return causes.find((cause) => cause.id === id)?.name ?? id;
}
