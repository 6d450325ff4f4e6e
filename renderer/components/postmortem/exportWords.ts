/**
 * What the export bar says: before exporting, whether the file will be a
 * draft; after, what was saved and anything to know before sending it.
 */
import type { PostMortemFile, PostMortemFormat } from '../../../shared/api.js';

export const FORMAT_LABEL: Readonly<Record<PostMortemFormat, string>> = {
  md: 'Markdown',
  html: 'HTML',
  json: 'JSON',
};

/** Why each format: shown with its button. */
export const FORMAT_USE: Readonly<Record<PostMortemFormat, string>> = {
  md: 'renders on GitHub, pastes into Confluence and Google Docs',
  html: 'one self-contained file, for printing',
  json: 'for tools, with a documented, versioned schema and the signed events anyone can check with holdfast verify',
};

export const DRAFT_BEFORE =
  'No action item prevents a recurrence: an export now is marked as a DRAFT. Add an action item of kind “Prevent” to export the final document.';

/** "Saved incident-….md (Markdown)." with ", marked as a DRAFT" when it is one. */
export function exportedSentence(file: Pick<PostMortemFile, 'fileName' | 'draft'>, format: PostMortemFormat): string {
  return `Saved ${file.fileName} (${FORMAT_LABEL[format]})${file.draft ? ', marked as a DRAFT' : ''}.`;
}
