/**
 * Screenshots the README shows, taken by the tests in Chromium. A normal run
 * keeps them with the test's results (so `npm test` leaves the checkout
 * clean); `npm run screenshots` writes them into docs/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, TestInfo } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export async function readmeScreenshot(locator: Locator, fileName: string, testInfo: TestInfo): Promise<void> {
  const file = process.env.HOLDFAST_UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'screenshots', fileName) : testInfo.outputPath(fileName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await locator.screenshot({ path: file });
  await testInfo.attach(fileName, { path: file, contentType: 'image/png' });
}
