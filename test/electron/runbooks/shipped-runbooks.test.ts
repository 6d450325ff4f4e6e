/**
 * The runbooks Holdfast ships are read at 3 a.m. by someone who did not
 * write them: every one must load, cover the outages the product exists for,
 * and be a plan that can meet its own target.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRunbooks, SHIPPED_RUNBOOKS_FOLDER } from '../../../electron/runbooks/runbook-library.js';
import { criticalPath } from '../../../shared/runbooks/critical-path.js';
import { dependencyOrder } from '../../../shared/runbooks/dependency-order.js';
import { parseRunbook } from '../../../shared/runbooks/parse-runbook.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';

const library = loadRunbooks();

describe('the shipped runbooks', () => {
  it('all load, with no problem', () => {
    expect(library.problems.map(formatProblem)).toEqual([]);
    const files = fs.readdirSync(SHIPPED_RUNBOOKS_FOLDER).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(library.runbooks).toHaveLength(files.length);
  });

  it('cover the outages Holdfast exists for', () => {
    expect(library.runbooks.map((runbook) => runbook.id).sort()).toEqual(
      expect.arrayContaining([
        'coordinator-first-fifteen-minutes',
        'crisis-communication',
        'data-centre-loss',
        'database-failover',
        'fleet-config-lockout',
        'full-restore-from-backup',
        'provider-outage',
        'release-rollback',
      ]),
    );
  });

  describe.each(library.runbooks.map((runbook) => [runbook.id, runbook] as const))('%s', (id, runbook) => {
    it('is named after its id and has between 10 and 25 steps', () => {
      expect(path.basename(runbook.file)).toBe(`${id}.md`);
      expect(runbook.steps.length).toBeGreaterThanOrEqual(10);
      expect(runbook.steps.length).toBeLessThanOrEqual(25);
    });

    it('gives every step an id, an owning role and an expected duration', () => {
      for (const step of runbook.steps) {
        expect(step.id, `line ${step.line}`).not.toMatch(/^step-\d+$/);
        expect(step.role, `${step.id} has no role`).not.toBeNull();
        expect(step.expectMs, `${step.id} has no expected duration`).not.toBeNull();
      }
    });

    it('has real dependencies, and is written in an order it can be worked in', () => {
      expect(runbook.steps.filter((step) => step.needs.length > 0).length).toBeGreaterThanOrEqual(runbook.steps.length / 2);
      expect(dependencyOrder(runbook.steps)).toEqual(runbook.steps);
    });

    it('has a critical path that fits within its target', () => {
      expect(criticalPath(runbook.steps).totalMs).toBeLessThanOrEqual(runbook.targetMs);
    });
  });

  it('include the example in runbooks/README.md, which parses as the README describes it', () => {
    const readme = fs.readFileSync(path.join(SHIPPED_RUNBOOKS_FOLDER, 'README.md'), 'utf8');
    const example = /````markdown\n([\s\S]*?)\n````/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const parsed = parseRunbook(example!, 'README example');
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    expect(parsed.runbook.steps.map((step) => [step.id, step.phase])).toEqual([
      ['confirm-primary-down', 'Decide'],
      ['check-replicas', 'Decide'],
      ['decide-failover', 'Decide'],
      ['fence-old-primary', 'Switch'],
      ['promote-replica', 'Switch'],
      ['step-6', 'Switch'],
      ['step-7', 'Switch'],
    ]);
    expect(parsed.runbook.steps[4]!.links).toEqual([
      { text: 'PostgreSQL: failover', url: 'https://www.postgresql.org/docs/current/warm-standby-failover.html' },
    ]);
    expect(parsed.runbook.steps[0]!.details).toContain('pg_isready -h db-primary');
  });
});
