/**
 * A record anyone can verify, end to end: an incident worked in Chromium
 * against a real headless peer, its post-mortem exported as JSON from the
 * post-mortem screen (a real download), then checked by `holdfast verify`
 * in another process with no data folder, as someone outside the room
 * would: it holds; with one byte of an event changed, it does not, and the
 * changed event is named.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, expect, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, declareIncident } from './war-room.js';

const INCIDENT = 'Checkout returns 502 for card payments';

function verify(file: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, 'verify', file], { encoding: 'utf8', timeout: 20_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('a post-mortem downloaded as JSON verifies offline, and one changed byte is caught', async ({ peer, page }, testInfo) => {
  await arriveAs(page, peer.url, 'Ana');
  await declareIncident(page, INCIDENT);
  await addToTimeline(page, 'Load balancer shows 502 from every checkout node');
  await addToTimeline(page, '/action Rolled back release 4.12 on the checkout nodes');
  await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Post-mortem: ${INCIDENT}` })).toBeVisible();

  const exportJson = page.getByRole('button', { name: 'Export JSON' });
  await expect(exportJson).toHaveAttribute('title', /signed events anyone can check with holdfast verify/);
  const downloading = page.waitForEvent('download');
  await exportJson.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const file = path.join(testInfo.outputPath(), download.suggestedFilename());
  await download.saveAs(file);
  await page.screenshot({ path: testInfo.outputPath('exported.png') });

  const sound = verify(file);
  expect(sound.code, sound.stderr).toBe(0);
  expect(sound.stdout).toMatch(/^The record of incident \w+ \(Checkout returns 502 for card payments\) holds: every hash, signature and chain link checks out\.$/m);
  expect(sound.stdout).toMatch(/^Device \S{8} \(Ana\) signed 3 events, seq 1 to 3, /m);

  // One byte changed in the record's copy of the rollback (the record comes after the sections a person reads).
  const text = fs.readFileSync(file, 'utf8');
  const at = text.lastIndexOf('release 4.12');
  expect(at).toBeGreaterThan(text.indexOf('"record"'));
  fs.writeFileSync(file, `${text.slice(0, at)}release 4.13${text.slice(at + 'release 4.12'.length)}`);
  const changed = verify(file);
  expect(changed.code).toBe(1);
  expect(changed.stderr).toMatch(/^The record does not hold at event seq 3 of device \S{8} \(timeline\.noted, record\.events\[2\]\): its hash does not match its content/m);
});
