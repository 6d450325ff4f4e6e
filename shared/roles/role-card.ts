/**
 * A role card: one role's instructions, shipped as editable data under
 * runbooks/roles/ (DOMAIN.md: "separate instructions for the coordinator").
 */
export interface RoleCard {
  /** Matches a role's id (coordinator, reporter, partner-liaison) or a custom role's card id. */
  readonly id: string;
  readonly name: string;
  /** One line: what this role is for. */
  readonly summary: string;
  /** What to do, in order. */
  readonly duties: readonly string[];
  /** Where it was loaded from, for a person who wants to edit it. */
  readonly file: string;
}

/** A file that could not be loaded, and exactly why. */
export interface FileProblem {
  readonly file: string;
  /** 1-based; null when the problem is the whole file. */
  readonly line: number | null;
  readonly message: string;
}

export interface RoleCards {
  readonly cards: readonly RoleCard[];
  readonly problems: readonly FileProblem[];
}
