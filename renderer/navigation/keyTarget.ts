/**
 * Where a single-key shortcut may act: only where no control takes the
 * key. A button, link, field, menu or tab turns a letter into something of
 * its own (typing, type-ahead, activating), so a shortcut there would
 * steal it (WCAG 2.1.4); the page itself, a heading or a scroll area do not.
 */
const TAKES_KEYS = [
  'a[href]',
  'area[href]',
  'button',
  'input',
  'textarea',
  'select',
  'summary',
  'iframe',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]:not([contenteditable="false"])',
  ...[
    'button',
    'link',
    'checkbox',
    'radio',
    'switch',
    'textbox',
    'searchbox',
    'combobox',
    'listbox',
    'option',
    'menu',
    'menubar',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'tab',
    'tablist',
    'slider',
    'spinbutton',
    'grid',
    'gridcell',
    'tree',
    'treegrid',
    'treeitem',
    'application',
    'dialog',
    'alertdialog',
  ].map((role) => `[role="${role}"]`),
].join(',');

export function keyIsFreeForShortcuts(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return false;
  return target.closest(TAKES_KEYS) === null;
}
