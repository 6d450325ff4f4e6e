/**
 * A URL a person pastes into a note stays a link to that same address in the
 * Markdown post-mortem, and the words around it stay as typed, read as
 * GitHub reads Markdown (CommonMark with GFM).
 */
import fs from 'node:fs';
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { expect, holdfast, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, openIncident, timeline } from './war-room.js';

const TITLE = 'Grafana shows 502s';
const URL = 'https://grafana.example.com/d/abc?var-host=*&user=~ana';
const NOTE = `Dashboard: ${URL} (see the spike at 02:10)`;

function links(node: Root | RootContent): string[] {
  const own = node.type === 'link' ? [node.url] : [];
  return 'children' in node ? [...own, ...node.children.flatMap(links)] : own;
}

test('a URL pasted into a note is a link to that address in the exported Markdown, the words around it as typed', async ({ peer, page }, testInfo) => {
  await holdfast(peer.dataDir, 'declare', TITLE, '--severity', 'SEV2');
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, TITLE);
  await addToTimeline(page, NOTE);
  await expect(timeline(page)).toContainText(NOTE);

  await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloading;
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);

  const markdown = fs.readFileSync(file, 'utf8');
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const cell = (function find(node: Root | RootContent): Root | RootContent | null {
    if (node.type === 'tableCell' && toString(node).includes('grafana')) return node;
    for (const child of 'children' in node ? node.children : []) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  })(tree);
  expect(cell, 'the note is in the chronology table').not.toBeNull();
  expect(toString(cell!)).toBe(NOTE);
  expect(links(cell!).map(decodeURI)).toEqual([URL]);
});
