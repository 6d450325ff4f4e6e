/**
 * Whatever people typed reads as they typed it in the exported files:
 * nothing in an entry becomes a heading, a list, a link, emphasis, HTML or
 * a new table column, and the HTML file shows markup as text. The Markdown
 * is checked by parsing it back as GitHub reads it (CommonMark with GFM:
 * tables, strikethrough, bare URLs as links), where post-mortems are read.
 */
import type { RootContent } from 'mdast';
import { fromMarkdown as commonMark } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { markdownCell, markdownInline, markdownParagraphs } from '../../../shared/postmortem/markdown-text.js';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { DECLARED_AT, FixtureRoom } from './postmortem-fixture.js';

const fromMarkdown = (markdown: string) => commonMark(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

const TRICKY = [
  '# not a heading',
  '- not a list',
  '+ nor this',
  '1. nor a numbered list',
  '> not a quote',
  '---',
  '*not emphasis* and _not either_ and **not strong**',
  '[not a link](http://example.invalid) ![not an image](x.png)',
  '`not code` and <b>not bold</b> <script>alert(1)</script>',
  'a | pipe, a \\ backslash, ~~not struck~~, &amp; not an entity',
  'snake_case_names stay as they are',
  'エラー率が上昇 · ارتفاع معدل الخطأ · рост ошибок',
];

describe('text in Markdown', () => {
  it.each(TRICKY)('%s: parses back to one paragraph of exactly that text', (typed) => {
    const tree = fromMarkdown(markdownInline(typed));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    const paragraph = tree.children[0]!;
    // A web address becomes a link to itself (see "links in Markdown"); nothing else does.
    const kinds = 'children' in paragraph ? paragraph.children.map((node) => (node.type === 'link' && node.url === toString(node) ? 'text' : node.type)) : [];
    expect(new Set(kinds)).toEqual(new Set(['text']));
    expect(toString(tree)).toBe(typed);
  });

  /** A paragraph's parts: its text, and a hard line break as '⏎'. */
  const parts = (node: RootContent): string[] => ('children' in node ? node.children.map((child) => (child.type === 'break' ? '⏎' : child.type === 'text' ? child.value : child.type)) : []);

  it('keeps paragraphs and line breaks as typed, each line still plain text', () => {
    const tree = fromMarkdown(markdownParagraphs('First line\n# second line\n\n- a new paragraph'));
    expect(tree.children.map(parts)).toEqual([['First line', '⏎', '# second line'], ['- a new paragraph']]);
  });

  it('keeps a quoted status update inside its quote, lines and all', () => {
    const tree = fromMarkdown(markdownParagraphs('We are on it.\n> nested?\n\nNext update at 15:00.', '> '));
    expect(tree.children.map((node) => node.type)).toEqual(['blockquote']);
    const quote = tree.children[0]!;
    expect('children' in quote && quote.children.map(parts)).toEqual([['We are on it.', '⏎', '> nested?'], ['Next update at 15:00.']]);
  });

  it('keeps a table cell to one cell: pipes escaped, line breaks as <br>', () => {
    expect(markdownCell('a | b\nc')).toBe('a \\| b<br>c');
    expect(markdownCell('   ')).toBe(' ');
  });
});

describe('typed text in the exported files', () => {
  function markupRoom() {
    const room = new FixtureRoom();
    const ana = room.laptop('Ana <admin>');
    const incidentId = 'markup-incident';
    room.at(0).record(ana, 'incident.declared', { incidentId, title: '<img src=x onerror=alert(1)> | # Outage', severity: 'SEV2', summary: '' });
    room.at(1).record(ana, 'timeline.noted', { incidentId, entryId: 'entry-markup', kind: 'note', text: '</td></tr><script>alert(2)</script>\n| fake | row |', happenedAt: null });
    return { room, incidentId };
  }

  it('HTML shows markup as text and adds no element of its own', () => {
    const { room, incidentId } = markupRoom();
    const html = postMortemFile(room.detail(incidentId), 'html', DECLARED_AT + 60_000).content;
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('<h1 dir="auto">Post-mortem: &lt;img src=x onerror=alert(1)&gt; | # Outage</h1>');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;script&gt;alert(2)&lt;/script&gt;<br>| fake | row |');
  });

  it('Markdown keeps the entry in its own row and the title in its heading', () => {
    const { room, incidentId } = markupRoom();
    const markdown = postMortemFile(room.detail(incidentId), 'md', DECLARED_AT + 60_000).content;
    expect(markdown.split('\n')[0]).toBe('# Post-mortem: \\<img src=x onerror=alert(1)\\> \\| # Outage');
    const row = markdown.split('\n').find((line) => line.includes('alert(2)'))!;
    expect(row).toBe('| 2026-11-23 13:41:00 UTC | Note | \\</td\\>\\</tr\\>\\<script\\>alert(2)\\</script\\><br>\\| fake \\| row \\| | Ana \\<admin\\> |');
  });
});

/**
 * A URL pasted in a note is still that URL in the Markdown: a link whose
 * address and text are what was typed, and the words around it literal.
 * Parsed with CommonMark (mdast-util-from-markdown); a GFM parser would be
 * stricter still, but is not a dependency yet.
 */
describe('links in Markdown', () => {
  const NOTES = [
    ['Dashboard: https://grafana.example.com/d/abc?var-host=*&from=now-1h', ['https://grafana.example.com/d/abc?var-host=*&from=now-1h']],
    ['home is https://example.com/~user/notes_v2 (see there).', ['https://example.com/~user/notes_v2']],
    ['wrapped <https://status.example.com/incidents/42> by hand', ['https://status.example.com/incidents/42']],
    ['two: http://a.example/x_y_ and https://b.example/[1]*2', ['http://a.example/x_y_', 'https://b.example/[1]*2']],
  ] as const;

  const links = (node: unknown): string[] => {
    const here = node as { type: string; url?: string; children?: unknown[] };
    return [...(here.type === 'link' ? [here.url!] : []), ...(here.children ?? []).flatMap(links)];
  };

  it.each(NOTES)('%s: reads as typed, each URL a link to itself', (typed, urls) => {
    for (const markdown of [markdownInline(typed), markdownParagraphs(typed), markdownCell(typed)]) {
      const tree = fromMarkdown(markdown);
      expect(toString(tree)).toBe(typed);
      expect(links(tree).map(decodeURI)).toEqual(urls);
    }
  });

  it('keeps a URL in a note a link in the exported chronology', () => {
    const room = new FixtureRoom();
    const ana = room.laptop('Ana');
    const incidentId = 'link-incident';
    const url = 'https://grafana.example.com/d/abc?var-host=*&user=~ana';
    room.at(0).record(ana, 'incident.declared', { incidentId, title: 'Links', severity: 'SEV2', summary: '' });
    room.at(1).record(ana, 'timeline.noted', { incidentId, entryId: 'entry-link', kind: 'note', text: `See ${url}.`, happenedAt: null });
    const markdown = postMortemFile(room.detail(incidentId), 'md', DECLARED_AT + 60_000).content;
    const row = markdown.split('\n').find((line) => line.includes('grafana'))!;
    const cell = row.split(/(?<!\\)\|/)[3]!.trim();
    expect(toString(fromMarkdown(cell))).toBe(`See ${url}.`);
    expect(links(fromMarkdown(cell)).map(decodeURI)).toEqual([url]);
  });
});
