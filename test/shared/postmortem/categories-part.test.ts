/**
 * Categories in the post-mortem: the causes and services that stand, named
 * from the laptop's files (ids where a file no longer names one), in
 * Markdown, HTML and JSON alike, with every setting in the JSON; and no
 * such line at all until somebody categorised the incident.
 */
import { describe, expect, it } from 'vitest';
import type { CategoryTaxonomyView } from '../../../shared/categories/taxonomy.js';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { postMortemDocumentSchema } from '../../../shared/postmortem/postmortem-json.js';
import { DRAFTED_AT, FixtureRoom, INCIDENT_ID } from './postmortem-fixture.js';

const taxonomy: CategoryTaxonomyView = {
  causes: [
    { id: 'change', name: 'Change', description: '' },
    { id: 'capacity', name: 'Capacity', description: '' },
  ],
  services: [{ id: 'web', name: 'Web storefront' }],
  problems: [],
};

function room(categorised: boolean) {
  const fixture = new FixtureRoom();
  const ana = fixture.laptop('Ana');
  const bo = fixture.laptop('Bo');
  fixture.at(0).record(ana, 'incident.declared', { incidentId: INCIDENT_ID, title: 'Checkout failing', severity: 'SEV1', summary: '' });
  if (categorised) {
    fixture.at(10).record(ana, 'incident.categorised', { incidentId: INCIDENT_ID, causes: ['capacity'], services: [], reason: '' });
    fixture.at(40).record(bo, 'incident.categorised', { incidentId: INCIDENT_ID, causes: ['change', 'power-cut'], services: ['web', 'old-api'], reason: 'the release doubled the queries' });
  }
  return fixture.detail(INCIDENT_ID);
}

describe('categories in the post-mortem', () => {
  it('says the causes and services that stand, by name, in Markdown and HTML', () => {
    const detail = room(true);
    expect(postMortemFile(detail, 'md', DRAFTED_AT, { taxonomy }).content).toContain('- **Categories:** Change, power-cut · services: Web storefront, old-api');
    expect(postMortemFile(detail, 'html', DRAFTED_AT, { taxonomy }).content).toContain('<dt>Categories</dt><dd>Change, power-cut · services: Web storefront, old-api</dd>');
  });

  it('gives them in JSON that fits its schema, with every setting, who, when and why', () => {
    const json = postMortemDocumentSchema.parse(JSON.parse(postMortemFile(room(true), 'json', DRAFTED_AT, { taxonomy }).content));
    expect(json.categories!.causes).toEqual([
      { id: 'change', name: 'Change' },
      { id: 'power-cut', name: 'power-cut' },
    ]);
    expect(json.categories!.services).toEqual([
      { id: 'web', name: 'Web storefront' },
      { id: 'old-api', name: 'old-api' },
    ]);
    expect(json.categories!.history.map(({ causes, by, reason }) => ({ causes, by, reason }))).toEqual([
      { causes: ['capacity'], by: 'Ana', reason: '' },
      { causes: ['change', 'power-cut'], by: 'Bo', reason: 'the release doubled the queries' },
    ]);
  });

  it('has no categories line or field until somebody categorised the incident', () => {
    const detail = room(false);
    expect(postMortemFile(detail, 'md', DRAFTED_AT, { taxonomy }).content).not.toContain('Categories');
    expect(JSON.parse(postMortemFile(detail, 'json', DRAFTED_AT, { taxonomy }).content)).not.toHaveProperty('categories');
  });
});
