/** The taxonomy of incident causes, kept as data (runbooks/categories.yaml), with the catalogue's services beside it. */
export interface CauseCategory {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

export interface CategoryTaxonomyView {
  readonly causes: readonly CauseCategory[];
  /** Catalogue services an incident can be categorised by (empty when there is no catalogue). */
  readonly services: readonly { readonly id: string; readonly name: string }[];
  /** FILE:LINE problems of the taxonomy file; the rest loaded. */
  readonly problems: readonly { readonly file: string; readonly line: number; readonly message: string }[];
}
