/**
 * A YAML mapping read with the line of each key, so that a person editing a
 * data file by hand is told which line to fix, not just that something is
 * wrong. Used for template front matter and for the cadence file.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { FileProblem } from '../roles/role-card.js';

export interface YamlField {
  readonly value: unknown;
  /** 1-based, in the file the YAML came from. */
  readonly line: number;
}

export type YamlFields = { readonly ok: true; readonly fields: ReadonlyMap<string, YamlField> } | { readonly ok: false; readonly problem: FileProblem };

/**
 * Reads `yaml` as a mapping of plain keys. `firstLine` is the file line the
 * YAML text starts on (front matter starts on line 2, after its "---").
 */
export function readYamlFields(file: string, yaml: string, firstLine: number): YamlFields {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const error = document.errors[0];
  if (error) return { ok: false, problem: { file, line: lineOf(error.pos[0]), message: asSentence(error.message) } };

  const fields = new Map<string, YamlField>();
  const contents = document.contents;
  if (contents === null) return { ok: true, fields };
  if (!isMap(contents)) {
    return { ok: false, problem: { file, line: lineOf(contents.range?.[0] ?? 0), message: 'Expected "name: value" lines.' } };
  }
  for (const pair of contents.items) {
    const key = pair.key;
    const line = isScalar(key) && key.range ? lineOf(key.range[0]) : firstLine;
    if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) {
      return { ok: false, problem: { file, line, message: 'Every name before a colon must be a plain word.' } };
    }
    const value: unknown = isScalar(pair.value) ? pair.value.value : (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null;
    fields.set(String(key.value), { value, line });
  }
  return { ok: true, fields };
}

function asSentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

export interface FrontMatter {
  readonly fields: ReadonlyMap<string, YamlField>;
  readonly body: string;
  /** 1-based file line of the body's first line. */
  readonly bodyLine: number;
}

const FENCE = '---';

/**
 * Splits a Markdown file into its front matter (between two "---" lines at
 * the top) and its body. Windows line endings and a byte-order mark, both
 * common in files edited on a colleague's laptop, are accepted.
 */
export function readFrontMatter(file: string, text: string): { readonly ok: true; readonly frontMatter: FrontMatter } | { readonly ok: false; readonly problem: FileProblem } {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trimEnd() !== FENCE) {
    return {
      ok: false,
      problem: { file, line: 1, message: 'The file must start with front matter: a line "---", the fields (id, title, audience), then "---".' },
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === FENCE);
  if (close === -1) return { ok: false, problem: { file, line: 1, message: 'The front matter opened on line 1 is never closed by a line "---".' } };
  const fields = readYamlFields(file, lines.slice(1, close).join('\n'), 2);
  if (!fields.ok) return fields;
  return { ok: true, frontMatter: { fields: fields.fields, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 } };
}
