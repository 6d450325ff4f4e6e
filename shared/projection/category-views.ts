/** An incident's categories as folded: its causes and the services affected, with every setting kept. */
export interface CategorySetting {
  /** Cause ids from the taxonomy (runbooks/categories.yaml), in the order chosen. */
  readonly causes: readonly string[];
  /** Catalogue service ids. */
  readonly services: readonly string[];
  readonly reason: string;
  readonly by: string;
  readonly at: number;
}

export interface IncidentCategories {
  readonly causes: readonly string[];
  readonly services: readonly string[];
  /** Oldest first; empty until someone categorises the incident. */
  readonly history: readonly CategorySetting[];
}

export const UNCATEGORISED: IncidentCategories = { causes: [], services: [], history: [] };
