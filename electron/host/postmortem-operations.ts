/**
 * The post-mortem's inputs, written from any laptop: milestones set or
 * corrected, key moments starred, sections written, action items kept.
 */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type PostMortemMethod = 'setMilestone' | 'starEntry' | 'writeReviewSection' | 'saveActionItem' | 'removeActionItem';

const notYet = (): never => {
  throw new HoldfastFailure('invalid_input', 'The post-mortem is being built (issue 6).');
};

export const postMortemOperations: OperationsFor<PostMortemMethod> = {
  setMilestone: notYet,
  starEntry: notYet,
  writeReviewSection: notYet,
  saveActionItem: notYet,
  removeActionItem: notYet,
};
