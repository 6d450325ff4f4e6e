import type { IncidentView } from '../../../shared/projection/views.js';
import { categoriesFact } from './categoryWords.js';
import { useTaxonomy } from './useTaxonomy.js';

/** The summary strip's word on what caused it: the causes' names, in the order chosen. */
export function CategoriesFact({ incident }: { readonly incident: IncidentView }) {
  const { causes, services, history } = incident.categories;
  const { taxonomy } = useTaxonomy(String(history.length));
  const set = history.length > 0;
  return <span className={set ? undefined : 'summary-vacant'}>{categoriesFact(causes, services, set, taxonomy)}</span>;
}
