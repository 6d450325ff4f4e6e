/**
 * The layering rule (ARCHITECTURE.md) is only worth having if breaking it
 * fails the lint. These run the repository's own eslint.config.js on small
 * in-memory files placed in each layer.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root });

/** The errors ESLint reports for `code` saved as `file` (relative to the repository). */
async function lintErrors(file: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (result === undefined) throw new Error(`ESLint returned no result for ${file}`);
  return result.messages.filter((message) => message.severity === 2).map(({ ruleId, message }) => ({ ruleId, message }));
}

async function expectLayeringError(file: string, code: string): Promise<void> {
  const errors = await lintErrors(file, code);
  expect(errors.length, `${file}: ${code}`).toBeGreaterThan(0);
  expect(errors.every((error) => error.ruleId === 'no-restricted-imports'), JSON.stringify(errors)).toBe(true);
}

async function expectClean(file: string, code: string): Promise<void> {
  expect(await lintErrors(file, code), `${file}: ${code}`).toEqual([]);
}

describe('shared/ stays pure', () => {
  it.each([
    ['a node: builtin', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"],
    ['a bare builtin', "import { createHash } from 'crypto';\nexport const hash = createHash;\n"],
    ['a builtin subpath', "import { readFile } from 'fs/promises';\nexport const read = readFile;\n"],
    ["'electron', even for types", "import type { App } from 'electron';\nexport type Shell = App;\n"],
    ['better-sqlite3', "import Database from 'better-sqlite3';\nexport const open = Database;\n"],
    ['ws, re-exported', "export { WebSocketServer } from 'ws';\n"],
    ['react', "import { useState } from 'react';\nexport const state = useState;\n"],
    ['electron/', "import { WarRoomHost } from '../../electron/host/host.js';\nexport const host = WarRoomHost;\n"],
    ['renderer/', "import { useStore } from '../../renderer/store/store.js';\nexport const store = useStore;\n"],
  ])('refuses %s', async (_what, code) => {
    await expectLayeringError('shared/projection/example.ts', code);
  });

  it('accepts zod and its own modules', async () => {
    await expectClean(
      'shared/projection/example.ts',
      "import { z } from 'zod';\nimport { titleSchema } from '../events.js';\nexport const schemas = [z, titleSchema];\n",
    );
  });
});

describe('renderer/ stays in the browser', () => {
  it.each([
    ['a node: builtin', "import path from 'node:path';\nexport const join = path.join;\n"],
    ['a bare builtin', "import { EventEmitter } from 'events';\nexport const Emitter = EventEmitter;\n"],
    ["'electron'", "import { ipcRenderer } from 'electron';\nexport const ipc = ipcRenderer;\n"],
    ['better-sqlite3', "import Database from 'better-sqlite3';\nexport const open = Database;\n"],
    ['ws', "import { WebSocket } from 'ws';\nexport const Socket = WebSocket;\n"],
    ['electron/, even for types', "import type { WarRoomHost } from '../../electron/host/host.js';\nexport type Host = WarRoomHost;\n"],
  ])('refuses %s', async (_what, code) => {
    await expectLayeringError('renderer/api/example.tsx', code);
  });

  it('accepts React and the contract in shared/', async () => {
    await expectClean(
      'renderer/api/example.tsx',
      "import { useState } from 'react';\nimport type { HoldfastApi } from '../../shared/api.js';\nexport const state = useState;\nexport type Api = HoldfastApi;\n",
    );
  });
});

describe('electron/ keeps Electron in the shell', () => {
  it("refuses 'electron' outside main.ts, preload.ts and desktop/", async () => {
    await expectLayeringError('electron/host/example.ts', "import { app } from 'electron';\nexport const shell = app;\n");
    await expectLayeringError('electron/serve/example.ts', "import { net } from 'electron/main';\nexport const shell = net;\n");
  });

  it('refuses renderer/ anywhere on the Node side', async () => {
    const code = "import { useStore } from '../../renderer/store/store.js';\nexport const store = useStore;\n";
    await expectLayeringError('electron/host/example.ts', code);
    await expectLayeringError('electron/desktop/example.ts', code);
  });

  it("lets the shell import 'electron', and the Node side use Node", async () => {
    await expectClean('electron/main.ts', "import { app } from 'electron';\nexport const shell = app;\n");
    await expectClean('electron/desktop/example.ts', "import { session } from 'electron';\nexport const shell = session;\n");
    await expectClean(
      'electron/host/example.ts',
      "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nexport const store = [fs, Database];\n",
    );
  });

  it("lets the sandboxed preload require only 'electron', and take the rest as types", async () => {
    await expectLayeringError(
      'electron/preload.ts',
      "import { contextBridge } from 'electron';\nimport { API_METHODS } from '../shared/api.js';\nexport const bridge = [contextBridge, API_METHODS];\n",
    );
    await expectClean(
      'electron/preload.ts',
      "import { contextBridge } from 'electron';\nimport type { ApiMethod } from '../shared/api.js';\nexport const bridge = contextBridge;\nexport type Method = ApiMethod;\n",
    );
  });
});

describe('type-checker escapes', () => {
  it.each(['@ts-ignore', '@ts-nocheck'])('refuses %s', async (directive) => {
    const errors = await lintErrors('shared/example.ts', `// ${directive}\nexport const count: number = 1;\n`);
    expect(errors.map((error) => error.ruleId)).toContain('@typescript-eslint/ban-ts-comment');
  });
});
