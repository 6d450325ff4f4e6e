/**
 * A step's details are the runbook's Markdown, copied in when it was
 * attached. On the step they are shown as written, with one help for the
 * hands on the keyboard: fenced code (the commands to run) is set apart in
 * a monospace block, to read and copy exactly.
 */
export interface DetailBlock {
  readonly kind: 'text' | 'code';
  readonly text: string;
}

const FENCE = /^\s*(```|~~~)/;

export function detailBlocks(details: string): DetailBlock[] {
  const blocks: DetailBlock[] = [];
  let lines: string[] = [];
  let fence: string | null = null;
  const flush = (kind: DetailBlock['kind']) => {
    const text = kind === 'code' ? lines.join('\n') : lines.join('\n').trim();
    if (text !== '') blocks.push({ kind, text });
    lines = [];
  };
  for (const line of details.split('\n')) {
    const opener = FENCE.exec(line)?.[1] ?? null;
    if (fence === null && opener !== null) {
      flush('text');
      fence = opener;
    } else if (fence !== null && opener === fence && line.trim() === fence) {
      flush('code');
      fence = null;
    } else {
      lines.push(line);
    }
  }
  // An unclosed fence runs to the end, as Markdown reads it.
  flush(fence === null ? 'text' : 'code');
  return blocks;
}
