/**
 * The incident's categories as the post-mortem gives them: the causes and
 * services with the names this laptop's files give them (the log keeps only
 * ids; an id no file names any more stands for its own name), and every
 * setting with who made it, when and why.
 */
import { causeName, type CategoryTaxonomyView } from '../categories/taxonomy.js';
import type { IncidentCategories } from '../projection/category-views.js';

export interface NamedCategory {
  readonly id: string;
  readonly name: string;
}

export interface DocumentCategories {
  readonly causes: readonly NamedCategory[];
  readonly services: readonly NamedCategory[];
  /** Every setting, oldest first; the last is the one that stands. */
  readonly history: readonly { readonly causes: readonly string[]; readonly services: readonly string[]; readonly reason: string; readonly by: string; readonly at: number }[];
}

/** Null until somebody categorises the incident: the document then has no such line, not an empty one. */
export function documentCategories(categories: IncidentCategories, taxonomy: CategoryTaxonomyView | null): DocumentCategories | null {
  if (categories.history.length === 0) return null;
  const causes = taxonomy?.causes ?? [];
  const services = taxonomy?.services ?? [];
  return {
    causes: categories.causes.map((id) => ({ id, name: causeName(causes, id) })),
    services: categories.services.map((id) => ({ id, name: services.find((service) => service.id === id)?.name ?? id })),
    history: categories.history.map(({ causes: ids, services: serviceIds, reason, by, at }) => ({ causes: ids, services: serviceIds, reason, by, at })),
  };
}

/** One line for the document's facts: "Change, Capacity · services: Web storefront, Public API". */
export function categoriesLine(categories: DocumentCategories): string {
  const causes = categories.causes.length === 0 ? 'no cause chosen' : categories.causes.map((cause) => cause.name).join(', ');
  const services = categories.services.length === 0 ? '' : ` · services: ${categories.services.map((service) => service.name).join(', ')}`;
  return categories.causes.length === 0 && categories.services.length === 0 ? 'cleared' : `${causes}${services}`;
}
