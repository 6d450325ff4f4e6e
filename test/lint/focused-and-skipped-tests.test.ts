/**
 * A focused test silently drops the rest of its file, and a skipped one
 * cannot fail; either is a lint error in a test file, whichever runner it
 * uses. A skip that depends on a condition (a capability a platform lacks)
 * stays legitimate.
 */
import { describe, expect, it } from 'vitest';
import { lintErrors } from './lint-errors.js';

const VITEST_FILE = 'test/shared/example.test.ts';
const PLAYWRIGHT_FILE = 'test/e2e/example.spec.ts';

const vitest = (...body: string[]): string =>
  ["import { bench, describe, expect, it, test } from 'vitest';", ...body, 'export const runners = [bench, describe, expect, it, test];', ''].join('\n');

const playwright = (...body: string[]): string => ["import { expect, test } from '@playwright/test';", ...body, 'export const runner = expect;', ''].join('\n');

async function ruleIds(file: string, code: string): Promise<(string | null)[]> {
  return (await lintErrors(file, code)).map((error) => error.ruleId);
}

describe('a focused or skipped vitest test fails the lint', () => {
  it.each([
    ['describe.only', "('a room', () => {});"],
    ['it.only', "('converges', () => {});"],
    ['test.only', "('converges', () => {});"],
    ['it.concurrent.only', "('converges', () => {});"],
    ['it.only.each', "([1, 2])('converges with %i peers', () => {});"],
    ['describe.skip', "('a room', () => {});"],
    ['it.skip', "('converges', () => {});"],
    // A computed title.
    ['test.skip', "(['con', 'verges'].join(''), () => {});"],
    ['describe.skip.each', "([1, 2])('with %i peers', () => {});"],
    ['bench.skip', "('projection', () => {});"],
  ])('refuses %s', async (chain, args) => {
    // The code is put together from the chain and its arguments, so this file holds no focused or skipped test itself.
    expect(await ruleIds(VITEST_FILE, vitest(chain + args))).toEqual(['holdfast/no-focused-or-skipped-tests']);
  });

  it.each([
    ['fit', "declare const fit: (title: string, body: () => void) => void;\nfit('converges', () => {});"],
    ['fdescribe', "declare const fdescribe: (title: string, body: () => void) => void;\nfdescribe('a room', () => {});"],
    ['xit', "declare const xit: (title: string, body: () => void) => void;\nxit('converges', () => {});"],
    ['xtest', "declare const xtest: (title: string, body: () => void) => void;\nxtest('converges', () => {});"],
    ['xdescribe', "declare const xdescribe: (title: string, body: () => void) => void;\nxdescribe('a room', () => {});"],
  ])('refuses the Jasmine-style %s', async (_what, code) => {
    expect(await ruleIds(VITEST_FILE, vitest(code))).toEqual(['holdfast/no-focused-or-skipped-tests']);
  });

  it('accepts a skip on a missing platform capability, and other things named only or skip', async () => {
    expect(
      await ruleIds(
        VITEST_FILE,
        vitest(
          "describe.skipIf(process.platform === 'win32')('a data folder only its owner can read', () => {});",
          "it.runIf(process.platform === 'linux')('reads the secret from a pipe', () => {});",
          "it('leaves a step that is not needed', (context) => {\n  if (process.env.CI === undefined) context.skip();\n});",
          'const filter = { only: true, skip: 2 };',
          'export const both = [filter.only, filter.skip];',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a focused or skipped Playwright test fails the lint', () => {
  it.each([
    ['test.only', "('declares an incident', async () => {});"],
    ['test.describe.only', "('the timeline', () => {});"],
    ['test.describe.serial.only', "('the timeline', () => {});"],
    ['test.skip', "('declares an incident', async () => {});"],
    ['test.describe.skip', "('the timeline', () => {});"],
    ['test.fixme', "('declares an incident', async () => {});"],
    // The skip is called bare, inside a test: the code is put together as the other rows are.
    ['test', "('declares an incident', async () => {\n  " + ['test', 'skip'].join('.') + '();\n});'],
  ])('refuses %s', async (chain, args) => {
    expect(await ruleIds(PLAYWRIGHT_FILE, playwright(chain + args))).toEqual(['holdfast/no-focused-or-skipped-tests']);
  });

  const SKIP = ['test', 'skip'].join('.');
  const FIXME = ['test', 'fixme'].join('.');

  it('accepts a skip that depends on a condition, with its reason', async () => {
    expect(
      await ruleIds(
        PLAYWRIGHT_FILE,
        // Put together from parts, as above, so this file's text holds no skip of its own.
        playwright(
          `${SKIP}(process.platform === 'win32', 'no pipes for the room secret on Windows');`,
          `${SKIP}(({ browserName }) => browserName !== 'chromium', 'print to PDF needs Chromium');`,
          `test('declares an incident', async () => {\n  ${FIXME}(process.env.CI !== undefined, 'the runner has no display');\n});`,
        ),
      ),
    ).toEqual([]);
  });
});
