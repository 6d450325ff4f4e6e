/**
 * The catalogue as a laptop reads it from disk: every YAML file of a folder
 * and its subfolders, the shipped folder first and this laptop's own over
 * it, and problems that point at the file a person can open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServiceCatalogue } from '../../../electron/services/service-library.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import { useScratch } from '../../support/scratch.js';

const { folders } = useScratch();

function write(folder: string, name: string, text: string): string {
  const file = path.join(folder, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

const service = (id: string, extra = '') => `  - id: ${id}\n    name: ${id} service\n    team: Ops\n    tier: 2\n    check: look at ${id}\n${extra}`;

describe('a folder of catalogue files', () => {
  it('reads .yaml and .yml files in subfolders too, and nothing else', () => {
    const folder = folders.make();
    write(folder, 'core.yaml', `services:\n${service('dns')}`);
    write(folder, 'apps/shop.yml', `services:\n${service('shop', '    depends: [dns]\n')}`);
    write(folder, 'README.md', '# not a catalogue');
    write(folder, '.hidden.yaml', 'not: [valid');
    const view = loadServiceCatalogue({ shippedFolder: folder });
    expect(view.problems).toEqual([]);
    expect(view.services.map((entry) => [entry.serviceId, entry.file, entry.origin])).toEqual([
      ['dns', path.join(folder, 'core.yaml'), 'shipped'],
      ['shop', path.join(folder, 'apps', 'shop.yml'), 'shipped'],
    ]);
  });

  it('keeps the valid services of a folder where one file is broken, and names the broken line', () => {
    const folder = folders.make();
    write(folder, 'good.yaml', `services:\n${service('dns')}`);
    const bad = write(folder, 'bad.yaml', `services:\n${service('mail')}    colour: blue\n`);
    const view = loadServiceCatalogue({ shippedFolder: folder });
    expect(view.services.map((entry) => entry.serviceId)).toEqual(['dns']);
    expect(view.problems.map(formatProblem)).toEqual([`${bad}:7: unknown field "colour" of a service: the fields are id, name, team, tier, depends, check, check-step, customer-facing, uptime-target, restart, freshness, confirm`]);
  });

  it('lets a later folder add services depending on earlier ones and replace one by id, while a clash inside one folder is a mistake', () => {
    const shipped = folders.make();
    const own = folders.make();
    const shippedFile = write(shipped, 'core.yaml', `services:\n${service('dns')}${service('mail')}`);
    write(own, 'ours.yaml', `services:\n${service('dns').replace('dns service', 'Our DNS')}${service('printer', '    depends: [mail]\n')}`);
    const clash = write(own, 'zz-more.yaml', `services:\n${service('printer')}`);
    const view = loadServiceCatalogue({ shippedFolder: shipped, ownFolders: [own] });
    expect(view.services.map((entry) => [entry.serviceId, entry.name, entry.origin])).toEqual([
      ['mail', 'mail service', 'shipped'],
      ['dns', 'Our DNS', 'own'],
      ['printer', 'printer service', 'own'],
    ]);
    expect(view.replacements).toEqual([{ serviceId: 'dns', replaced: `${shippedFile}:2` }]);
    expect(view.problems.map(formatProblem)).toEqual([
      `${clash}:2: the service id "printer" is also defined at ${path.join(own, 'ours.yaml')}:7, which is kept; give each service its own id`,
    ]);
  });

  it('passes over an own folder that does not exist, but says when the shipped one cannot be read', () => {
    const shipped = folders.make();
    write(shipped, 'core.yaml', `services:\n${service('dns')}`);
    expect(loadServiceCatalogue({ shippedFolder: shipped, ownFolders: [path.join(shipped, 'nowhere')] }).problems).toEqual([]);
    const missing = path.join(shipped, 'gone');
    expect(loadServiceCatalogue({ shippedFolder: missing }).problems.map(formatProblem)).toEqual([`${missing}: cannot read this folder: it does not exist`]);
  });

  it('looks a check step up in the runbooks it is given', () => {
    const folder = folders.make();
    const file = write(folder, 'core.yaml', `services:\n${service('dns', '    check-step: dns-recovery#dig-from-two-places\n')}`);
    const runbooks = [{ id: 'dns-recovery', steps: [{ id: 'dig-from-two-places' }] }];
    expect(loadServiceCatalogue({ shippedFolder: folder, runbooks }).services[0]!.checkStep).toEqual({ runbookId: 'dns-recovery', stepId: 'dig-from-two-places' });
    expect(loadServiceCatalogue({ shippedFolder: folder, runbooks: [] }).problems.map(formatProblem)).toEqual([
      `${file}:7: the service "dns" checks by the runbook "dns-recovery", which is not in the runbook library; the service loads with its "check" line only`,
    ]);
  });
});
