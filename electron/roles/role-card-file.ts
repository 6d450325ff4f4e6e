/**
 * Reads one role card file (runbooks/roles/README.md describes the format):
 * YAML front matter with exactly id, name and summary, then the duties as
 * one Markdown list. Anything the card would not show (a paragraph, a second
 * list, a misspelt key) is refused rather than silently dropped, naming the
 * line, because the person editing a card is about to rely on it in an
 * outage.
 */
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { LineCounter, isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { idSchema } from '../../shared/events.js';
import { LIMITS } from '../../shared/limits.js';
import type { FileProblem, RoleCard } from '../../shared/roles/role-card.js';
import { findFrontMatter, type FenceProblem } from '../../shared/runbooks/front-matter.js';

type Markdown = ReturnType<typeof fromMarkdown>;
type Block = Markdown['children'][number];
/** What every Markdown node has, seen from the few things read here. */
interface MarkdownNode {
  readonly type: string;
  readonly value?: unknown;
  readonly children?: readonly MarkdownNode[];
  readonly position?: { readonly start: { readonly line: number } };
}

const KEYS = ['id', 'name', 'summary'] as const;
type Key = (typeof KEYS)[number];

const FENCE_PROBLEMS: Readonly<Record<FenceProblem['missing'], string>> = {
  opening: 'The file must start with front matter: a line "---", the id, name and summary, and another "---".',
  closing: 'The front matter opened here is never closed with a line "---".',
};

const SUMMARY_CHARS = 400;
const DUTY_CHARS = 1_000;

class CardProblem extends Error {
  constructor(
    readonly line: number | null,
    message: string,
  ) {
    super(message);
  }
}

export type RoleCardRead = { readonly card: RoleCard } | { readonly problem: FileProblem };

/** `file` is where the text came from: the card's id must match its name. */
export function readRoleCard(text: string, file: string): RoleCardRead {
  try {
    return { card: parseCard(text, file) };
  } catch (error) {
    if (!(error instanceof CardProblem)) throw error;
    return { problem: { file, line: error.line, message: error.message } };
  }
}

function parseCard(text: string, file: string): RoleCard {
  // A file saved by a Windows editor starts with a byte-order mark and ends lines with \r\n.
  // A card closes its front matter only with "---", as runbooks/roles/README.md says.
  const split = findFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), { dotsClose: false });
  if ('missing' in split) throw new CardProblem(split.line, FENCE_PROBLEMS[split.missing]);
  const fields = readFrontMatter(split.frontMatter, split.frontMatterLine, file);
  const duties = readDuties(split.body, split.bodyLine);
  return { ...fields, duties, file };
}

function readFrontMatter(yaml: string, firstLine: number, file: string): Pick<RoleCard, Key> {
  const lines = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number) => firstLine - 1 + Math.min(lines.linePos(offset).line, Math.max(1, lines.lineStarts.length));
  const nodeLine = (node: YamlNode | null | undefined) => (node?.range ? lineOf(node.range[0]) : firstLine - 1);

  const [error] = document.errors;
  if (error) throw new CardProblem(lineOf(error.pos[0]), `The front matter is not valid YAML: ${error.message}.`);
  if (!isMap(document.contents)) {
    throw new CardProblem(firstLine - 1, 'The front matter must be the keys id, name and summary, each on a line of its own ("name: Scribe").');
  }

  const found = new Map<Key, { value: string; line: number }>();
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyLine = nodeLine(pair.key as YamlNode);
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new CardProblem(keyLine, `"${key}" is not a role card key; the keys are id, name and summary.`);
    }
    const value = isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value.trim() : '';
    if (value === '') throw new CardProblem(keyLine, `The ${key} must be a line of text.`);
    found.set(key as Key, { value, line: keyLine });
  }
  for (const key of KEYS) {
    if (!found.has(key)) throw new CardProblem(firstLine - 1, `The ${key} is missing; add "${key}: ..." to the front matter.`);
  }
  const id = found.get('id')!;
  const name = found.get('name')!;
  const summary = found.get('summary')!;

  if (!idSchema.safeParse(id.value).success) {
    throw new CardProblem(id.line, `The id "${id.value}" must be 6 to 64 lower-case letters, digits or dashes.`);
  }
  const fileName = path.basename(file);
  if (fileName !== `${id.value}.md`) {
    throw new CardProblem(id.line, `The id "${id.value}" does not match the file name ${fileName}; name the file ${id.value}.md or change the id.`);
  }
  if (name.value.length > LIMITS.nameChars) {
    throw new CardProblem(name.line, `The name is too long (at most ${LIMITS.nameChars} characters).`);
  }
  if (summary.value.length > SUMMARY_CHARS) {
    throw new CardProblem(summary.line, `The summary is too long (at most ${SUMMARY_CHARS} characters): keep it to one sentence.`);
  }
  return { id: id.value, name: name.value, summary: summary.value };
}

function readDuties(body: string, firstLine: number): string[] {
  const root = fromMarkdown(body);
  const lineOf = (node: MarkdownNode) => firstLine - 1 + (node.position?.start.line ?? 1);
  let duties: string[] | null = null;

  for (const block of root.children) {
    if (block.type === 'heading' || (block.type === 'html' && block.value.trimStart().startsWith('<!--'))) continue;
    if (block.type === 'list') {
      if (duties !== null) {
        throw new CardProblem(lineOf(block), 'A card has one list, its duties; this second list would not be shown. Make its items duties in the first list.');
      }
      duties = block.children.map((item) => dutyText(item, lineOf));
      continue;
    }
    throw new CardProblem(
      lineOf(block),
      `Only headings and the list of duties are shown on a card, so this ${blockName(block.type)} would not be. Move it into the summary or make it a duty.`,
    );
  }
  if (duties === null) {
    throw new CardProblem(firstLine, 'The card has no duties: add them as a Markdown list, one line starting with "- " for each.');
  }
  return duties;
}

function dutyText(item: Extract<Block, { type: 'list' }>['children'][number], lineOf: (node: MarkdownNode) => number): string {
  const nested = item.children.find((child) => child.type === 'list');
  if (nested) {
    throw new CardProblem(lineOf(nested), 'Duties are one level deep: make this nested item a duty of its own, or part of the one above.');
  }
  const text = item.children
    .map((child) => plainText(child))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') throw new CardProblem(lineOf(item), 'This duty is empty.');
  if (text.length > DUTY_CHARS) throw new CardProblem(lineOf(item), `This duty is too long (at most ${DUTY_CHARS.toLocaleString('en')} characters).`);
  return text;
}

/** Bold, italics, code and links read as their words; a line break as a space. */
function plainText(node: MarkdownNode): string {
  if (node.type === 'break') return ' ';
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (node.children) return node.children.map(plainText).join('');
  return '';
}

function blockName(type: string): string {
  switch (type) {
    case 'paragraph':
      return 'paragraph';
    case 'code':
      return 'code block';
    case 'blockquote':
      return 'quote';
    case 'thematicBreak':
      return 'horizontal rule';
    default:
      return 'text';
  }
}
