/**
 * How categories read on screen: names from this laptop's file, the id of a
 * cause no file names any more, and the causes kept in the order ticked.
 */
import { describe, expect, it } from 'vitest';
import type { CategoryTaxonomyView } from '../../../../shared/categories/taxonomy.js';
import { categoriesFact, causesText, servicesText, toggled } from '../../../../renderer/components/categories/categoryWords.js';

const taxonomy: CategoryTaxonomyView = {
  causes: [
    { id: 'change', name: 'Change', description: '' },
    { id: 'power-cut', name: 'power-cut', description: 'No longer in the categories file.', retired: true },
  ],
  services: [{ id: 'web', name: 'Web storefront' }],
  problems: [],
};

describe('category words', () => {
  it('names causes and services from the files, and by id where no file names one', () => {
    expect(causesText(['power-cut', 'change', 'gremlins'], taxonomy)).toBe('power-cut, Change, gremlins');
    expect(servicesText(['web', 'old-api'], taxonomy)).toBe('Web storefront, old-api');
  });

  it('says plainly when nothing is set, when it was cleared, and the services when no cause was chosen', () => {
    expect(categoriesFact([], [], false, taxonomy)).toBe('Not set yet');
    expect(categoriesFact([], [], true, taxonomy)).toBe('Cleared');
    expect(categoriesFact([], ['web'], true, taxonomy)).toBe('Services: Web storefront');
    expect(categoriesFact(['change'], ['web'], true, taxonomy)).toBe('Change');
  });

  it('keeps the causes in the order they were ticked, an untick taking one out', () => {
    let chosen = toggled([], 'capacity', true);
    chosen = toggled(chosen, 'change', true);
    expect(chosen).toEqual(['capacity', 'change']);
    expect(toggled(chosen, 'capacity', false)).toEqual(['change']);
  });
});
