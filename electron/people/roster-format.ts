/** Which reader a roster file needs, when nobody said: its name's ending, else what its text starts with. */
export function rosterFormatOfFile(fileName: string, content: string): 'csv' | 'vcard' {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'vcf' || extension === 'vcard') return 'vcard';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  return /^\s*BEGIN:VCARD/i.test(content.replace(/^\uFEFF/, '')) ? 'vcard' : 'csv';
}
