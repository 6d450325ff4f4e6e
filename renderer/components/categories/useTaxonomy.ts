import type { CategoryTaxonomyView } from '../../../shared/categories/taxonomy.js';
import { useHostResource } from '../../store/useHostResource.js';
import { NO_TAXONOMY } from './categoryWords.js';

/**
 * The causes and services as this laptop's files give them, read afresh
 * when the incident's categories change (another laptop may have used a
 * cause this file dropped). Until it loads, ids stand in for names.
 */
export function useTaxonomy(changedWhen: string): { readonly taxonomy: CategoryTaxonomyView; readonly failed: string | null; readonly loading: boolean } {
  const { resource } = useHostResource('listCategories', {}, changedWhen);
  return {
    taxonomy: resource.state === 'loaded' ? resource.value : NO_TAXONOMY,
    failed: resource.state === 'failed' ? resource.message : null,
    loading: resource.state === 'loading',
  };
}
