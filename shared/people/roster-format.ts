/** How a roster file is read: chosen by the person, or told by the file. */
export type RosterFormatChoice = 'auto' | 'csv' | 'vcard';

/**
 * The format of a roster file: what the person picked, else what its name
 * ends with, else what its text looks like (a .txt of vCards is still vCards).
 */
export function rosterFormatOf(choice: RosterFormatChoice, fileName: string, content: string): 'csv' | 'vcard' {
  if (choice !== 'auto') return choice;
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'vcf' || extension === 'vcard') return 'vcard';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  return /^\s*BEGIN:VCARD/i.test(content.replace(/^\uFEFF/, '')) ? 'vcard' : 'csv';
}
