/**
 * The post-mortem as a file: Markdown, self-contained HTML or versioned JSON.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type PostMortemExportMethod = 'exportPostMortem';

export const postMortemExportOperations: OperationsFor<PostMortemExportMethod> = {
  exportPostMortem: () => {
    throw new HoldfastFailure('invalid_input', 'The post-mortem export is being built (issue 6).');
  },
};
