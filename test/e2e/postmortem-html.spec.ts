/**
 * The post-mortem's HTML file as a person opens it: from disk (a USB stick,
 * an e-mail attachment) in Chromium, with nothing fetched from anywhere.
 * Its parts are found as a reader finds them, by heading, table and link;
 * the draft says so at the top and across every printed page. A screenshot
 * of the whole page is kept with the test's results.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { postMortemFile } from '../../shared/postmortem/export-file.js';
import { NO_PREVENTIVE_ACTION } from '../../shared/postmortem/post-mortem-warnings.js';
import { DRAFTED_AT, INCIDENT_ID, INCIDENT_TITLE, postMortemRoom } from '../shared/postmortem/postmortem-fixture.js';

const SECTIONS = [
  'Summary',
  'Impact',
  'Severity and duration',
  'The incident’s shape',
  'Metrics',
  'People and roles',
  'Timeline',
  'Checklists as executed',
  'Status updates sent',
  'Contributing factors',
  'What went well',
  'What went badly',
  'Where we got lucky',
  'Action items',
];

/** Writes the draft post-mortem (no preventive action yet) where the test keeps its files, and opens it from disk. */
async function openDraft(page: Page, file: string): Promise<{ requested: string[] }> {
  const { content } = postMortemFile(postMortemRoom({ withPreventiveAction: false }).detail(INCIDENT_ID), 'html', DRAFTED_AT);
  fs.writeFileSync(file, content);
  const url = pathToFileURL(file).href;
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url) requested.push(request.url());
  });
  await page.goto(url);
  return { requested };
}

test('the HTML post-mortem opens from disk, reads section by section, and fetches nothing', async ({ page }, testInfo) => {
  const { requested } = await openDraft(page, testInfo.outputPath('postmortem.html'));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Post-mortem: ${INCIDENT_TITLE}`);
  await expect(page.getByRole('note')).toHaveText(`DRAFT. ${NO_PREVENTIVE_ACTION}`);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(SECTIONS);

  const shape = page.getByRole('region', { name: 'The incident’s shape' });
  await expect(shape.getByRole('img', { name: `Shape of the incident: ${INCIDENT_TITLE}` })).toBeVisible();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('list', { name: 'Key moments' }).getByRole('listitem')).toHaveText([
    /Action: تم تحويل حركة المرور إلى المنطقة الثانية/,
    /Decision: Fail over \*db-1\* to `db-2` \| keep <b>writes<\/b> off/,
    /Status: Identified → Mitigated/,
  ]);
  const chronology = timeline.getByRole('table', { name: 'Every entry that stands, in timeline order' });
  await expect(chronology.getByRole('row', { name: /Replica lag 40 s/ })).toHaveCount(0);
  await expect(timeline.getByText('1 struck-out entry is left out.')).toBeVisible();

  const steps = page.getByRole('table', { name: 'Steps of Database failover, in dependency order' });
  await expect(steps.getByRole('row', { name: /Stop writes to the primary/ })).toContainText('Skipped');
  await expect(steps.getByRole('row', { name: /Stop writes to the primary/ })).toContainText('The gateway had already stopped writes');
  await expect(steps.getByRole('row', { name: /Point the apps at the new primary/ })).toContainText('Config service unreachable');
  await expect(steps.getByRole('row', { name: /Promote the replica/ })).toContainText('10m 00s (5m 00s over)');

  const roles = page.getByRole('table', { name: 'Roles and their hand-overs' });
  await expect(roles.getByRole('row', { name: /^Coordinator/ })).toContainText('佐藤 愛子 → عمر حداد (Shift change / 交代)');

  const actions = page.getByRole('table', { name: 'What will be done, by whom and when' });
  await expect(actions.getByRole('row')).toHaveCount(3);
  await expect(actions.getByRole('row', { name: /Alert on disk usage above 80 %/ })).toContainText('Detect');
  await expect(page.getByRole('region', { name: 'What went badly' })).toContainText('Not written yet.');

  // The contents jump to a section, as a reader with a long document would.
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Action items' }).click();
  await expect(page).toHaveURL(/#action-items$/);
  await expect(page.getByRole('heading', { name: 'Action items' })).toBeInViewport();

  const screenshot = testInfo.outputPath('postmortem-html.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('post-mortem HTML', { path: screenshot, contentType: 'image/png' });

  expect(requested).toEqual([]);
  await expect(page.locator('[src], link[href], [href]:not([href^="#"])')).toHaveCount(0);
  expect(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).toEqual([]);
});

test('printed, the draft is marked across the page and the contents are left off', async ({ page }, testInfo) => {
  await openDraft(page, testInfo.outputPath('postmortem.html'));
  const watermark = page.getByText('DRAFT', { exact: true });
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(watermark).toBeHidden();
  await expect(contents).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(watermark).toBeVisible();
  await expect(contents).toBeHidden();
});
