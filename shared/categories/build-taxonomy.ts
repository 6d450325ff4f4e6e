/**
 * The causes from their parsed files: the shipped file first, then each of
 * a laptop's own folders over it (a later file adds causes or replaces one
 * by id, on purpose, keeping its place in the list).
 */
import type { RunbookProblem } from '../runbooks/runbook.js';
import type { CauseCategory } from './taxonomy.js';
import type { ParsedCategoryFile } from './parse-categories.js';

export interface BuiltTaxonomy {
  readonly causes: readonly CauseCategory[];
  readonly problems: readonly RunbookProblem[];
}

export function buildTaxonomy(layers: readonly ParsedCategoryFile[]): BuiltTaxonomy {
  const kept = new Map<string, CauseCategory>();
  for (const layer of layers) for (const { id, name, description } of layer.entries) kept.set(id, { id, name, description });
  return { causes: [...kept.values()], problems: layers.flatMap((layer) => layer.problems) };
}

/**
 * Causes incidents were categorised with that no file names any more, added
 * after the file's by id: a cause removed from the file must not make an
 * incident's categories, or the trends counted by them, disappear.
 */
export function withRetiredCauses(causes: readonly CauseCategory[], usedIds: Iterable<string>): CauseCategory[] {
  const known = new Set(causes.map((cause) => cause.id));
  const retired = [...new Set(usedIds)]
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => ({ id, name: id, description: 'No longer in the categories file; kept because an incident was categorised with it.', retired: true }));
  return [...causes, ...retired];
}
