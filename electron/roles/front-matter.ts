/**
 * Splits a Markdown file into its YAML front matter (between two `---` lines
 * at the very top) and the body after it, keeping where the body starts so
 * that a problem found in either part is reported at the file's own line.
 */

export interface FrontMatterSplit {
  readonly yaml: string;
  /** 1-based line of the file where the YAML's first line is. */
  readonly yamlLine: number;
  readonly body: string;
  /** 1-based line of the file where the body's first line is. */
  readonly bodyLine: number;
}

export type FrontMatterProblem = { readonly line: number; readonly message: string };

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatterSplit | FrontMatterProblem {
  // A file saved by a Windows editor starts with a byte-order mark and ends lines with \r\n.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return { line: 1, message: 'The file must start with front matter: a line "---", the id, name and summary, and another "---".' };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) return { line: 1, message: 'The front matter opened here is never closed with a line "---".' };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
