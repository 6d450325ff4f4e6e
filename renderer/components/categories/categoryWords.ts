/** How an incident's categories read on screen, names from this laptop's files and ids where a file lacks one. */
import { causeName, type CategoryTaxonomyView } from '../../../shared/categories/taxonomy.js';

export const NO_TAXONOMY: CategoryTaxonomyView = { causes: [], services: [], problems: [] };

export function causesText(ids: readonly string[], taxonomy: CategoryTaxonomyView): string {
  return ids.length === 0 ? 'No cause chosen' : ids.map((id) => causeName(taxonomy.causes, id)).join(', ');
}

export function servicesText(ids: readonly string[], taxonomy: CategoryTaxonomyView): string {
  return ids.length === 0 ? 'No service chosen' : ids.map((id) => taxonomy.services.find((service) => service.id === id)?.name ?? id).join(', ');
}

/** One line for the summary strip: the causes, or that nobody has categorised it yet. */
export function categoriesFact(causes: readonly string[], services: readonly string[], set: boolean, taxonomy: CategoryTaxonomyView): string {
  if (!set) return 'Not set yet';
  if (causes.length === 0 && services.length === 0) return 'Cleared';
  return causes.length > 0 ? causesText(causes, taxonomy) : `Services: ${servicesText(services, taxonomy)}`;
}

/** A ticked box goes to the end, so the causes keep the order they were chosen in (the first is the main one). */
export function toggled(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list.filter((each) => each !== id), id] : list.filter((each) => each !== id);
}
