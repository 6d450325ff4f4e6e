/**
 * Hands a file to the browser (or the desktop window) to save, as a
 * download: the same way the Room screen saves the room file.
 */
export function saveFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
