/**
 * The shipped runbooks put four eyes on their risky steps (a failover, a
 * restore, a configuration push) and say which services their steps bring
 * back, by the ids their own front matter lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Runbook } from '../../../shared/runbooks/runbook.js';
import { parsed } from './runbook-text.js';

const FOLDER = path.resolve(import.meta.dirname, '../../../runbooks');
const shipped = (id: string): Runbook => parsed(fs.readFileSync(path.join(FOLDER, `${id}.md`), 'utf8'), `${id}.md`);
const twoPeople = (runbook: Runbook) => runbook.steps.filter((step) => step.confirm === 'two').map((step) => step.id);

describe('four eyes in the shipped runbooks', () => {
  it('takes two people to fence and promote in a failover, to restore data, and to push configuration to the fleet', () => {
    expect(twoPeople(shipped('database-failover'))).toEqual(['fence-old-primary', 'promote-replica']);
    expect(twoPeople(shipped('full-restore-from-backup'))).toEqual(['restore-databases', 'restore-files']);
    expect(twoPeople(shipped('fleet-config-lockout'))).toEqual(['restore-management-plane', 'push-fix-canary', 'push-fix-fleet']);
    expect(twoPeople(shipped('data-centre-loss'))).toEqual(['fence-lost-site', 'promote-databases', 'switch-traffic']);
  });

  it('names only services the runbook says it brings back', () => {
    const files = fs.readdirSync(FOLDER).filter((file) => file.endsWith('.md') && file !== 'README.md');
    const strays = files.flatMap((file) => {
      const runbook = shipped(file.replace(/\.md$/, ''));
      return runbook.steps.flatMap((step) => step.restores.filter((service) => !runbook.services.includes(service)).map((service) => `${file} ${step.id}: ${service}`));
    });
    expect(strays).toEqual([]);
    expect(shipped('database-failover').steps.find((step) => step.id === 'promote-replica')!.restores).toEqual(['primary-database']);
  });
});
