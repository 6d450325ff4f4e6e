/**
 * Runs the repository's own eslint.config.js on a small in-memory file, as if
 * it were saved at a given place in the tree: where a file sits decides which
 * rules apply to it.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root });

export interface LintError {
  ruleId: string | null;
  message: string;
}

/** The errors ESLint reports for `code` saved as `file` (relative to the repository). */
export async function lintErrors(file: string, code: string): Promise<LintError[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (result === undefined) throw new Error(`ESLint returned no result for ${file}`);
  return result.messages.filter((message) => message.severity === 2).map(({ ruleId, message }) => ({ ruleId, message }));
}
