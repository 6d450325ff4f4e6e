/**
 * The body of a runbook file, after its front matter: every item of a
 * top-level Markdown list is a step. The item's first paragraph is its title
 * (ending with its attributes in braces, if any); whatever is written under
 * it (paragraphs, nested lists, code) is its details. A heading of level 2
 * or deeper names the phase of the steps after it; a level-1 heading is the
 * document's own title. Prose between lists is for the reader and ignored.
 */
import type { ListItem, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { LineProblem } from './front-matter.js';
import { generatedStepId, type Step, type StepLink } from './runbook.js';
import { looksLikeMisplacedAttributes, NO_ATTRIBUTES, parseStepAttributes, splitTrailingAttributes, type StepAttributes } from './step-attributes.js';

export interface BodySteps {
  readonly steps: Step[];
  readonly problems: LineProblem[];
}

/** `body` has `\n` line ends and starts on line `firstLine` of its file. */
export function readRunbookBody(body: string, firstLine: number): BodySteps {
  const tree = fromMarkdown(body);
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + firstLine - 1;
  const definitions = collectDefinitions(tree);
  const steps: Step[] = [];
  const problems: LineProblem[] = [];
  let phase: string | null = null;

  for (const block of tree.children) {
    if (block.type === 'heading') {
      if (block.depth >= 2) phase = collapse(plainText(block)) || null;
      continue;
    }
    if (block.type !== 'list') continue;
    for (const item of block.children) {
      const position = steps.length + 1;
      const read = readStep(item, body, definitions);
      for (const reason of read.problems) problems.push({ line: read.attributeLine === null ? lineOf(item) : read.attributeLine + firstLine - 1, reason });
      for (const nested of nestedItemsWithAttributes(item)) {
        problems.push({
          line: lineOf(nested),
          reason: 'this indented item has step attributes, but only top-level list items are steps: un-indent it to make it a step, or drop the braces',
        });
      }
      steps.push({
        id: read.attributes.id ?? generatedStepId(position),
        title: read.title,
        details: read.details,
        needs: read.attributes.needs,
        role: read.attributes.role,
        expectMs: read.attributes.expectMs,
        confirm: read.attributes.confirm,
        restores: read.attributes.restores,
        links: read.links,
        phase,
        line: lineOf(item),
      });
    }
  }
  return { steps, problems };
}

interface ReadStep {
  readonly title: string;
  readonly details: string;
  readonly attributes: StepAttributes;
  readonly links: StepLink[];
  readonly problems: string[];
  /** The body line of the attributes, to point problems with them there. */
  readonly attributeLine: number | null;
}

function readStep(item: ListItem, source: string, definitions: ReadonlyMap<string, string>): ReadStep {
  const [first, ...rest] = item.children;
  const links = collectLinks(item, definitions);
  if (first?.type !== 'paragraph') {
    return {
      title: '',
      details: sourceOf(item.children, source),
      attributes: NO_ATTRIBUTES,
      links,
      problems: ['this step has no title: write what to do as text on the list item’s first line'],
      attributeLine: null,
    };
  }
  const problems: string[] = [];
  const written = readTitleParagraph(first);
  let attributes = NO_ATTRIBUTES;
  if (written.attributes !== null) {
    const parsed = parseStepAttributes(written.attributes);
    attributes = parsed.attributes;
    problems.push(...parsed.problems);
  }
  if (written.misplaced) {
    problems.push('the attributes in braces must end the step’s first paragraph; put a blank line between the step and its details');
  }
  const title = collapse(written.title).replace(/^\[[ xX]\]\s+/, '');
  if (title === '') problems.push('this step has no title: write what to do before its attributes');
  return {
    title,
    details: sourceOf(rest, source),
    attributes,
    links,
    problems,
    attributeLine: first.position?.end.line ?? null,
  };
}

/** The paragraph's text, with a trailing attribute block (only ever in a final plain-text run) split off. */
function readTitleParagraph(paragraph: Paragraph): { title: string; attributes: string | null; misplaced: boolean } {
  const children = paragraph.children;
  const last = children.at(-1);
  const trailing = last?.type === 'text' ? splitTrailingAttributes(last.value) : null;
  const kept: PhrasingContent[] = trailing ? children.slice(0, -1) : children;
  const title = kept.map(plainText).join('') + (trailing?.before ?? '');
  const writtenText = kept.filter((child) => child.type === 'text').map(plainText).join(' ') + ' ' + (trailing?.before ?? '');
  return { title, attributes: trailing?.inside ?? null, misplaced: looksLikeMisplacedAttributes(writtenText) };
}

/** An indented item written like a step would silently become details: the author meant a step. */
function nestedItemsWithAttributes(item: ListItem): ListItem[] {
  const found: ListItem[] = [];
  const visit = (node: Nodes) => {
    if (node !== item && node.type === 'listItem') {
      const first = node.children[0];
      if (first?.type === 'paragraph' && readTitleParagraph(first).attributes !== null && looksLikeMisplacedAttributes(plainText(first))) found.push(node);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(item);
  return found;
}

function collectDefinitions(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const visit = (node: Nodes) => {
    // The first definition of a label wins, as in CommonMark.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return definitions;
}

function collectLinks(item: ListItem, definitions: ReadonlyMap<string, string>): StepLink[] {
  const links: StepLink[] = [];
  const add = (text: string, url: string) => {
    const link = { text: collapse(text) || url, url };
    if (!links.some((known) => known.text === link.text && known.url === link.url)) links.push(link);
  };
  const visit = (node: Nodes) => {
    if (node.type === 'link') add(plainText(node), node.url);
    else if (node.type === 'linkReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined) add(plainText(node), url);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(item);
  return links;
}

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return node.children.map((child) => plainText(child)).join('');
  return '';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The Markdown the blocks were written as, with the list item's indentation taken off. */
function sourceOf(blocks: readonly Nodes[], source: string): string {
  const start = blocks[0]?.position?.start.offset;
  const end = blocks.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lines = source.slice(lineStart, end).split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const indent = Math.min(...indents);
  return lines
    .map((line) => line.slice(Math.min(indent, /^ */.exec(line)![0].length)))
    .join('\n')
    .replace(/^\n+/, '')
    .trimEnd();
}
