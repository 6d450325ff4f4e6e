/**
 * `holdfast runbooks check DIR` is how an author knows a folder of runbooks
 * will load before the night it is needed: every problem as FILE:LINE:
 * reason, a count, and an exit code a script can use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRunbooks, SHIPPED_RUNBOOKS_FOLDER } from '../../../electron/runbooks/runbook-library.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { holdfast } from '../../support/processes.js';
import { useScratch } from '../../support/scratch.js';

const { folders } = useScratch();
const OWN_FIXTURES = path.join('test', 'fixtures', 'runbooks', 'own');
const lines = (text: string) => text.trimEnd().split('\n');

describe('holdfast runbooks check', () => {
  it('prints each problem as FILE:LINE: reason, as the folder was named, then a count, and exits 1', async () => {
    const run = await holdfast(['runbooks', 'check', OWN_FIXTURES]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${path.join(OWN_FIXTURES, 'cyclic-restart.md')}:9: steps wait for each other in a circle, so none of them can ever start: start-metadata needs start-storage-nodes, start-storage-nodes needs start-metadata`,
      expect.stringMatching(new RegExp(`^${escape(path.join(OWN_FIXTURES, 'no-front-matter.md'))}:1: a runbook starts with its front matter`)),
      '4 runbooks, 2 problems.',
    ]);
  });

  it('passes a folder whose runbooks all load, with exit code 0', async () => {
    const folder = folders.make();
    fs.copyFileSync(path.join(OWN_FIXTURES, 'cache-flush.md'), path.join(folder, 'cache-flush.md'));
    const run = await holdfast(['runbooks', 'check', folder]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(lines(run.stdout)).toEqual(['1 runbook, no problems.']);
  });

  it('catches a runbook whose id is already taken by a shipped one', async () => {
    const folder = folders.make();
    const copy = path.join(folder, 'our-failover.md');
    fs.copyFileSync(path.join(SHIPPED_RUNBOOKS_FOLDER, 'database-failover.md'), copy);
    const run = await holdfast(['runbooks', 'check', folder]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${copy}:2: the runbook id "database-failover" is already used by ${path.join(SHIPPED_RUNBOOKS_FOLDER, 'database-failover.md')}, which is kept; give this runbook another id`,
      '1 runbook, 1 problem.',
    ]);
  });

  it('says when the folder cannot be read', async () => {
    const missing = path.join(folders.make(), 'nowhere');
    const run = await holdfast(['runbooks', 'check', missing]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([`${missing}: cannot read this folder: it does not exist`, '0 runbooks, 1 problem.']);
  });

  it('checks the shipped runbooks when no folder is given', async () => {
    const shipped = loadRunbooks();
    const run = await holdfast(['runbooks', 'check']);
    expect(run.code, run.stdout).toBe(0);
    expect(lines(run.stdout)).toEqual([`${shipped.runbooks.length} runbooks, no problems.`]);
  });

  it('explains how to use it when the verb is missing or unknown', async () => {
    for (const args of [['runbooks'], ['runbooks', 'lint']]) {
      const run = await holdfast(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/check or list/);
      expect(run.stderr).toContain('holdfast runbooks check [DIR]');
    }
  });
});

describe('holdfast runbooks list', () => {
  it('lists every shipped runbook with its id, step count, target and title', async () => {
    const run = await holdfast(['runbooks', 'list']);
    expect(run.code, run.stderr).toBe(0);
    const shipped = loadRunbooks().runbooks;
    expect(lines(run.stdout)).toHaveLength(shipped.length);
    for (const runbook of shipped) {
      const line = lines(run.stdout).find((candidate) => candidate.startsWith(`${runbook.id} `));
      expect(line?.split(/\s{2,}/)).toEqual([runbook.id, `${runbook.steps.length} steps`, formatRunbookDuration(runbook.targetMs), runbook.title]);
    }
  });

  it('lists a folder’s own runbooks, as JSON on request, and names on stderr those that could not load', async () => {
    const run = await holdfast(['runbooks', 'list', OWN_FIXTURES, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { id: 'cache-flush', title: 'Flush a poisoned cache', steps: 3, targetMs: 15 * 60_000, file: path.join(OWN_FIXTURES, 'cache-flush.md') },
      { id: 'vpn-failover', title: 'Our own VPN failover', steps: 1, targetMs: 30 * 60_000, file: path.join(OWN_FIXTURES, 'vpn-failover-local.md') },
    ]);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(/cyclic-restart\.md:9: steps wait for each other/),
      expect.stringMatching(/no-front-matter\.md:1: /),
      '2 problems kept some runbooks out; holdfast runbooks check DIR lists them all.',
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
