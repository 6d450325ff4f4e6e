/** An update as a sheet to print or read out: the full text, nothing cut, under its headline. */
import { impactSentence, nextUpdateSentence, updateHeadline, type CutText, type UpdateToCut } from './update-to-cut.js';

export function cutForSheet(update: UpdateToCut): CutText {
  const sheet = [updateHeadline(update), '', update.text.trim(), '', ...[impactSentence(update), nextUpdateSentence(update)].filter((line) => line !== '')].join('\n');
  return { subject: null, parts: [sheet], note: 'The full text, to print or read out.' };
}
