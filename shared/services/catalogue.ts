/**
 * The service catalogue: every service the company runs, who owns it, how
 * soon it must be back, what it depends on and how to check it by hand.
 * Kept as YAML under `runbooks/services/` (runbooks/services/README.md
 * describes the format); a laptop's own folders add to it or override it.
 * This is the shape the rest of Holdfast sees once the files parse.
 */
import type { ServiceSpec } from '../projection/board-views.js';
import type { RunbookProblem } from '../runbooks/runbook.js';

export interface CatalogueService extends ServiceSpec {
  /** Where it was read from, and the 1-based line its entry starts on. */
  readonly file: string;
  readonly line: number;
  readonly origin: 'shipped' | 'own';
  /** Its monthly uptime target as a percentage (99.95), for the Trends screen; null when the catalogue sets none. Not copied into the log. */
  readonly uptimeTargetPercent: number | null;
}

/**
 * A service of this laptop's own folder that replaced one of the same id
 * read before it (a shipped one, or one of an earlier own folder). Kept
 * beside the services, not in them: a service is copied into the log as it
 * is, and where a laptop keeps its files is nobody else's business.
 */
export interface CatalogueReplacement {
  readonly serviceId: string;
  /** Where the one replaced was, as `FILE:LINE`. */
  readonly replaced: string;
}

export interface TierView {
  readonly tier: number;
  /** As the catalogue names it ("Foundation"), or "Tier N". */
  readonly name: string;
  readonly freshnessMs: number;
}

/** A problem in a catalogue file: printed as `FILE:LINE: reason`, like a runbook's. */
export type CatalogueProblem = RunbookProblem;

export interface ServiceCatalogueView {
  /** Tier first, then name. */
  readonly services: readonly CatalogueService[];
  /** Entries refused, each with file, line and reason; the valid ones still load. */
  readonly problems: readonly CatalogueProblem[];
  /** Every owning team named, sorted. */
  readonly teams: readonly string[];
  readonly tiers: readonly TierView[];
  /** Services an own folder replaced by id (absent when none did). */
  readonly replacements?: readonly CatalogueReplacement[];
}
