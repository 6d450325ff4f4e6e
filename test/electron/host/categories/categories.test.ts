/**
 * Categories through the host: the causes file read afresh with a laptop's
 * own over it, a setting refused when it names what the files do not have
 * or changes nothing, every setting kept as history with a timeline line,
 * a cause dropped from the file still shown, and two laptops agreeing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../../../support/in-memory-link.js';
import { expectFailure, expectOk } from '../../../support/results.js';
import { useScratch } from '../../../support/scratch.js';
import { settled } from '../../../support/settled-hosts.js';

const { declaredIncident, folders, hosts } = useScratch();

/** One of the laptop's own runbook folders holding a categories file. */
function ownCategories(text: string): string {
  const folder = folders.make();
  fs.writeFileSync(path.join(folder, 'categories.yaml'), text);
  return folder;
}

describe('categories through the host', () => {
  it('lists the shipped causes and the catalogue’s services, with an own folder’s file over them', () => {
    const { host } = declaredIncident('Checkout failing', 'SEV1');
    const shipped = expectOk(host.run('listCategories', {}));
    expect(shipped.problems).toEqual([]);
    expect(shipped.causes.slice(0, 3).map((cause) => cause.name)).toEqual(['Change', 'Capacity', 'Dependency']);
    expect(shipped.services).toContainEqual({ id: 'web', name: 'Web storefront' });

    const folder = ownCategories('causes:\n  - id: change\n    name: Release or change\n  - id: power-cut\n    name: Power cut\n  - id: Bad\n    name: Bad\n');
    expectOk(host.run('setRunbookFolders', { folders: [folder] }));
    const withOwn = expectOk(host.run('listCategories', {}));
    expect(withOwn.causes[0]).toMatchObject({ id: 'change', name: 'Release or change' });
    expect(withOwn.causes.at(-1)).toMatchObject({ id: 'power-cut', name: 'Power cut' });
    expect(withOwn.problems.map((problem) => `${path.basename(problem.file)}:${problem.line}`)).toEqual(['categories.yaml:6']);
  });

  it('sets categories in the order chosen, then changes them with a reason, keeping who, when and why of each', () => {
    const { host, incidentId } = declaredIncident('Checkout failing', 'SEV1');
    expectOk(host.run('categoriseIncident', { incidentId, causes: ['change', 'capacity', 'change'], services: ['web'], reason: '' }));
    const changed = expectOk(host.run('categoriseIncident', { incidentId, causes: ['external-provider'], services: ['web', 'api'], reason: 'the PSP failed first' }));
    expect(changed.categories.causes).toEqual(['external-provider']);
    expect(changed.categories.services).toEqual(['web', 'api']);
    expect(changed.categories.history.map(({ causes, reason }) => ({ causes, reason }))).toEqual([
      { causes: ['change', 'capacity'], reason: '' },
      { causes: ['external-provider'], reason: 'the PSP failed first' },
    ]);
    expect(changed.categories.history[1]!.by).toBeTruthy();
    const timeline = expectOk(host.run('getIncident', { incidentId })).timeline.map((entry) => entry.text);
    expect(timeline).toContain('Categories: change, capacity · services: web');
    expect(timeline).toContain('Categories: external-provider · services: web, api (the PSP failed first)');
  });

  it('refuses causes the file lacks and services the catalogue lacks, naming them, and records nothing', () => {
    const { host, incidentId } = declaredIncident('Checkout failing', 'SEV1');
    const cause = expectFailure(host.run('categoriseIncident', { incidentId, causes: ['change', 'gremlins'], services: [], reason: '' }));
    expect(cause.message).toMatch(/^The cause “gremlins” is not in the categories file\. The causes are: change, capacity, /);
    const services = expectFailure(host.run('categoriseIncident', { incidentId, causes: ['change'], services: ['web', 'moon-base', 'mars-base'], reason: '' }));
    expect(services.message).toBe('The services “moon-base”, “mars-base” are not in the service catalogue.');
    expect(expectOk(host.run('getIncident', { incidentId })).incident.categories.history).toEqual([]);
  });

  it('refuses a setting equal to the current one, and an empty one on an uncategorised incident', () => {
    const { host, incidentId } = declaredIncident('Checkout failing', 'SEV1');
    expect(expectFailure(host.run('categoriseIncident', { incidentId, causes: [], services: [], reason: '' })).message).toBe(
      'Choose at least one cause or service: the incident has no categories yet.',
    );
    expectOk(host.run('categoriseIncident', { incidentId, causes: ['hardware'], services: [], reason: '' }));
    expect(expectFailure(host.run('categoriseIncident', { incidentId, causes: ['hardware'], services: [], reason: 'again' })).message).toBe(
      'These are the categories the incident has already: change a cause or a service to save.',
    );
    // Clearing what was set is a change, kept like any other.
    expect(expectOk(host.run('categoriseIncident', { incidentId, causes: [], services: [], reason: 'not hardware after all' })).categories.history).toHaveLength(2);
  });

  it('still shows, by id, a cause dropped from the file, and lets the incident keep it while other categories change', () => {
    const { host, incidentId } = declaredIncident('Checkout failing', 'SEV1');
    expectOk(host.run('setRunbookFolders', { folders: [ownCategories('causes:\n  - id: power-cut\n    name: Power cut\n')] }));
    expectOk(host.run('categoriseIncident', { incidentId, causes: ['power-cut'], services: [], reason: '' }));
    expectOk(host.run('setRunbookFolders', { folders: [] }));

    const listed = expectOk(host.run('listCategories', {}));
    expect(listed.causes.at(-1)).toMatchObject({ id: 'power-cut', name: 'power-cut', retired: true });
    const kept = expectOk(host.run('categoriseIncident', { incidentId, causes: ['power-cut', 'hardware'], services: [], reason: 'the UPS failed too' }));
    expect(kept.categories.causes).toEqual(['power-cut', 'hardware']);
    // Not offered for another incident: it is no longer in the file.
    const { incidentId: other } = expectOk(host.run('declareIncident', { title: 'Second outage', severity: 'SEV3' }));
    expect(expectFailure(host.run('categoriseIncident', { incidentId: other, causes: ['power-cut'], services: [], reason: '' })).message).toMatch(/“power-cut” is not in the categories file/);
  });

  it('ends the same on two laptops that categorised one incident while cut off, with both settings in its history', async () => {
    const { host: first, incidentId } = declaredIncident('Checkout failing', 'SEV1');
    const second = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
    const link = connect(first, second);
    await settled(first, second);
    link.left.end('cut off');
    expectOk(first.run('categoriseIncident', { incidentId, causes: ['change'], services: [], reason: 'bad release' }));
    expectOk(second.run('categoriseIncident', { incidentId, causes: ['capacity'], services: ['web'], reason: 'traffic spike' }));
    connect(first, second);
    await settled(first, second);
    const categories = (host: typeof first) => expectOk(host.run('getIncident', { incidentId })).incident.categories;
    expect(categories(second)).toEqual(categories(first));
    expect(categories(first).history.map((setting) => setting.reason).sort()).toEqual(['bad release', 'traffic spike']);
  });
});
