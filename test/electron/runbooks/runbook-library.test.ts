/**
 * A person's runbooks come from two places: the ones Holdfast ships and
 * their own folder. One broken file must not hide the others, and every
 * refusal must say which file, which line and why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRunbooks } from '../../../electron/runbooks/runbook-library.js';
import { REPO_ROOT } from '../../support/processes.js';
import { useScratch } from '../../support/scratch.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'runbooks');
const SHIPPED = path.join(FIXTURES, 'shipped');
const OWN = path.join(FIXTURES, 'own');

const { folders } = useScratch();

describe('loading runbooks', () => {
  it('loads the shipped runbooks, then a person’s own, each marked with where it came from', () => {
    const library = loadRunbooks({ shippedFolder: SHIPPED, ownFolders: [OWN] });
    expect(library.runbooks.map((runbook) => [runbook.id, runbook.origin, runbook.file])).toEqual([
      ['vpn-failover', 'shipped', path.join(SHIPPED, 'vpn-failover.md')],
      ['cache-flush', 'own', path.join(OWN, 'cache-flush.md')],
    ]);
    expect(library.runbooks[1]!.steps.map((step) => step.id)).toEqual(['find-keys', 'flush-keys', 'step-3']);
  });

  it('refuses each malformed runbook with its file, line and reason, and still loads the rest', () => {
    const { problems } = loadRunbooks({ shippedFolder: SHIPPED, ownFolders: [OWN] });
    expect(problems).toEqual([
      {
        file: path.join(OWN, 'cyclic-restart.md'),
        line: 9,
        reason: 'steps wait for each other in a circle, so none of them can ever start: start-metadata needs start-storage-nodes, start-storage-nodes needs start-metadata',
      },
      { file: path.join(OWN, 'no-front-matter.md'), line: 1, reason: expect.stringMatching(/^a runbook starts with its front matter/) },
      {
        file: path.join(OWN, 'vpn-failover-local.md'),
        line: 3,
        reason: `the runbook id "vpn-failover" is already used by ${path.join(SHIPPED, 'vpn-failover.md')}, which is kept; give this runbook another id`,
      },
    ]);
  });

  it('keeps the shipped runbook when one of a person’s own has the same id', () => {
    const library = loadRunbooks({ shippedFolder: SHIPPED, ownFolders: [OWN] });
    const vpn = library.runbooks.filter((runbook) => runbook.id === 'vpn-failover');
    expect(vpn).toHaveLength(1);
    expect(vpn[0]).toMatchObject({ title: 'VPN concentrator failover', origin: 'shipped' });
  });

  it('between two own folders, keeps the runbook of the folder given first', () => {
    const first = folders.make();
    const second = folders.make();
    fs.copyFileSync(path.join(OWN, 'cache-flush.md'), path.join(first, 'cache-flush.md'));
    fs.writeFileSync(path.join(second, 'a-cache-flush.md'), fs.readFileSync(path.join(OWN, 'cache-flush.md'), 'utf8').replace('title: Flush a poisoned cache', 'title: Another flush'));
    const library = loadRunbooks({ shippedFolder: null, ownFolders: [first, second] });
    expect(library.runbooks.map((runbook) => runbook.file)).toEqual([path.join(first, 'cache-flush.md')]);
    expect(library.problems.map((problem) => problem.file)).toEqual([path.join(second, 'a-cache-flush.md')]);
  });

  it('reads only the Markdown files directly in a folder, never README.md or subfolders', () => {
    const library = loadRunbooks({ shippedFolder: SHIPPED });
    expect(library.runbooks.map((runbook) => runbook.id)).toEqual(['vpn-failover']);
    expect(library.problems).toEqual([]);
    expect(library.folders).toEqual([{ folder: SHIPPED, origin: 'shipped', files: 1 }]);
  });

  it('reads a folder once, even when it is named twice or is the shipped folder itself', () => {
    const library = loadRunbooks({ shippedFolder: SHIPPED, ownFolders: [SHIPPED, `${SHIPPED}${path.sep}`, OWN, OWN] });
    expect(library.folders.map((read) => read.folder)).toEqual([SHIPPED, OWN]);
    expect(library.runbooks.map((runbook) => runbook.id)).toEqual(['vpn-failover', 'cache-flush']);
  });

  it('says so when a person’s folder cannot be read, and still loads the shipped runbooks', () => {
    const missing = path.join(folders.make(), 'not-there');
    const library = loadRunbooks({ shippedFolder: SHIPPED, ownFolders: [missing] });
    expect(library.runbooks.map((runbook) => runbook.id)).toEqual(['vpn-failover']);
    expect(library.problems).toEqual([{ file: missing, line: null, reason: 'cannot read this folder: it does not exist' }]);
  });

  it('refuses a file too large to be a runbook without reading it', () => {
    const folder = folders.make();
    const huge = path.join(folder, 'huge.md');
    fs.writeFileSync(huge, `---\n${'#'.repeat(1024 * 1024)}\n`);
    const library = loadRunbooks({ shippedFolder: null, ownFolders: [folder] });
    expect(library.problems).toEqual([{ file: huge, line: null, reason: 'this file is 1025 KiB; a runbook is at most 1 MiB' }]);
  });
});
