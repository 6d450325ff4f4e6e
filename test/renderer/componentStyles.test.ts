/**
 * Screens load lazily, so a stylesheet imported only by a screen would ride
 * in that screen's chunk and arrive after styles.css, and the global rules
 * would stop winning ties. renderer/styles/componentStyles.ts lists every
 * component stylesheet so they all load first, in one order: these checks
 * fail when a new .css file is imported somewhere but missing from that list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = path.join(root, 'renderer');
const listFile = path.join(rendererDir, 'styles', 'componentStyles.ts');
const mainFile = path.join(rendererDir, 'main.tsx');
const globalStyles = path.join(rendererDir, 'styles.css');

function filesUnder(folder: string, pattern: RegExp): string[] {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The stylesheets a source file imports, as absolute paths, in the order it imports them. */
function stylesheetsImportedBy(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.endsWith('.css'))
    .map((specifier) => path.resolve(path.dirname(file), specifier));
}

/** The first module main.tsx imports, resolved (`./x.js` is `./x.ts`). */
function firstImportOf(file: string): string {
  const [first] = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles;
  if (first === undefined) throw new Error(`${file} imports nothing`);
  return path.resolve(path.dirname(file), first.fileName).replace(/\.js$/, '.ts');
}

const listed = stylesheetsImportedBy(listFile);
const relativeToRenderer = (files: readonly string[]) => files.map((file) => path.relative(rendererDir, file)).sort();

describe('component stylesheets all load up front, before styles.css', () => {
  it('lists every stylesheet a component or screen imports', () => {
    const imported = new Set(
      filesUnder(rendererDir, /\.tsx?$/)
        .filter((file) => file !== listFile && file !== mainFile)
        .flatMap(stylesheetsImportedBy),
    );
    const missing = [...imported].filter((file) => !listed.includes(file));
    expect(relativeToRenderer(missing)).toEqual([]);
  });

  it('lists every stylesheet under renderer/ except styles.css, each once, and nothing that is not there', () => {
    const onDisk = filesUnder(rendererDir, /\.css$/).filter((file) => file !== globalStyles);
    expect(relativeToRenderer(listed)).toEqual(relativeToRenderer(onDisk));
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('is what main.tsx imports first, and styles.css comes after it', () => {
    expect(firstImportOf(mainFile)).toBe(listFile);
    expect(stylesheetsImportedBy(mainFile)).toEqual([globalStyles]);
  });
});
