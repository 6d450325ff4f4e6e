/**
 * Readiness (issue 17): placeholder shape, filled by the readiness work:
 * runbooks' review and drill flags, and each team's checklist of questions
 * (kept as data) with their answers, who gave them, when, and whether stale.
 */
export interface ReadinessView {
  readonly teams: readonly unknown[];
}
