/**
 * The Node side and the domain import each other in no circle. A cycle
 * (the host's registry importing operations that import it back for a type)
 * makes a module's meaning depend on load order, and ties files together so
 * that none can be read, or moved, alone. Type-only imports count: they tie
 * the files together just the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function sourceFilesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Each file's relative imports, resolved to the files they name (`./x.js` is `./x.ts`). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => path.resolve(path.dirname(file), specifier).replace(/\.js$/, ''))
      .flatMap((base) => [`${base}.ts`, `${base}.tsx`].filter((candidate) => known.has(candidate)));
    graph.set(file, targets);
  }
  return graph;
}

/** Every circle found by a depth-first walk, each as the files along it. */
function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const done = new Set<string>();
  const onPath: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    onPath.push(file);
    for (const target of graph.get(file) ?? []) {
      const at = onPath.indexOf(target);
      if (at >= 0) cycles.push([...onPath.slice(at), target]);
      else if (!done.has(target)) visit(target);
    }
    onPath.pop();
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return cycles;
}

describe('import cycles', () => {
  it('are found, however long the circle', () => {
    const graph = new Map([
      ['registry', ['incidents', 'rooms']],
      ['incidents', ['lookup']],
      ['lookup', ['registry']],
      ['rooms', []],
    ]);
    expect(cyclesIn(graph)).toEqual([['registry', 'incidents', 'lookup', 'registry']]);
  });

  it('are none in electron/ and shared/', () => {
    const files = [...sourceFilesUnder(path.join(root, 'electron')), ...sourceFilesUnder(path.join(root, 'shared'))];
    const cycles = cyclesIn(importGraph(files)).map((cycle) => cycle.map((file) => path.relative(root, file)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
