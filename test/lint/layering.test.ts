/**
 * The layering rule (ARCHITECTURE.md) is only worth having if breaking it
 * fails the lint. These lint small in-memory files placed in each layer; each
 * refusal is one import that must fail, and each layer also shows the imports
 * it really uses staying clean.
 */
import { describe, expect, it } from 'vitest';
import { lintErrors } from './lint-errors.js';

async function expectLayeringError(file: string, code: string): Promise<string[]> {
  const errors = await lintErrors(file, code);
  expect(errors.length, `${file}: ${code}`).toBeGreaterThan(0);
  expect(errors.every((error) => error.ruleId === 'holdfast/layering'), JSON.stringify(errors)).toBe(true);
  return errors.map((error) => error.message);
}

async function expectClean(file: string, code: string): Promise<void> {
  expect(await lintErrors(file, code), `${file}: ${code}`).toEqual([]);
}

describe('a relative import is judged by where it lands', () => {
  it.each([
    ['shared/', 'shared/example.ts'],
    ['renderer/', 'renderer/example.tsx'],
  ])('%s cannot reach electron/ by climbing through its own folder', async (_layer, file) => {
    const messages = await expectLayeringError(file, "import { open } from '../shared/../electron/x.js';\nexport const store = open;\n");
    expect(messages.join('\n')).toContain('electron/x.js in electron/');
  });

  it('electron/ cannot reach renderer/ by climbing through shared/', async () => {
    await expectLayeringError('electron/host/example.ts', "import { useStore } from '../../shared/../renderer/store/store.js';\nexport const store = useStore;\n");
  });

  it('refuses a path that leaves the repository', async () => {
    const messages = await expectLayeringError('shared/example.ts', "import { secret } from '../../outside.js';\nexport const leak = secret;\n");
    expect(messages.join('\n')).toContain('outside the repository');
  });

  it('refuses a folder that is in no layer, such as test/', async () => {
    await expectLayeringError('shared/example.ts', "import { makeEvent } from '../test/support/event-factory.js';\nexport const make = makeEvent;\n");
  });

  it('accepts a winding path that lands back inside the layer', async () => {
    await expectClean('shared/projection/example.ts', "import { titleSchema } from '../../renderer/../shared/events.js';\nexport const schema = titleSchema;\n");
  });
});

describe('shared/ stays pure', () => {
  it.each([
    ['a node: builtin', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n"],
    ['a bare builtin', "import { createHash } from 'crypto';\nexport const hash = createHash;\n"],
    ['a builtin subpath', "import { readFile } from 'fs/promises';\nexport const read = readFile;\n"],
    ['a builtin loaded on demand', "export const fs = () => import('node:fs');\n"],
    ["'electron', even for types", "import type { App } from 'electron';\nexport type Shell = App;\n"],
    ['better-sqlite3', "import Database from 'better-sqlite3';\nexport const open = Database;\n"],
    ['ws, re-exported', "export { WebSocketServer } from 'ws';\n"],
    ['ws, named in a type', "export type Socket = import('ws').WebSocket;\n"],
    ['react', "import { useState } from 'react';\nexport const state = useState;\n"],
    ['bonjour-service', "import { Bonjour } from 'bonjour-service';\nexport const mdns = Bonjour;\n"],
    ['env-paths', "import envPaths from 'env-paths';\nexport const paths = envPaths;\n"],
    ['csv-parse, by a subpath', "import { parse } from 'csv-parse/sync';\nexport const read = parse;\n"],
    ['electron/', "import { WarRoomHost } from '../../electron/host/host.js';\nexport const host = WarRoomHost;\n"],
    ['renderer/', "import { useStore } from '../../renderer/store/store.js';\nexport const store = useStore;\n"],
  ])('refuses %s', async (_what, code) => {
    await expectLayeringError('shared/projection/example.ts', code);
  });

  it('names the packages it may use when it refuses one', async () => {
    const [message] = await expectLayeringError('shared/example.ts', "import envPaths from 'env-paths';\nexport const paths = envPaths;\n");
    expect(message).toContain('(mdast, mdast-util-from-markdown, yaml, zod)');
  });

  it('accepts its own packages and modules', async () => {
    await expectClean(
      'shared/runbooks/example.ts',
      [
        "import { z } from 'zod';",
        "import { parse } from 'yaml';",
        "import { fromMarkdown } from 'mdast-util-from-markdown';",
        "import type { Root } from 'mdast';",
        "import { titleSchema } from '../events.js';",
        'export const parts = [z, parse, fromMarkdown, titleSchema];',
        'export type Tree = Root;',
        '',
      ].join('\n'),
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
    ['yaml, which is not on its list', "import { parse } from 'yaml';\nexport const read = parse;\n"],
    ['electron/, even for types', "import type { WarRoomHost } from '../../electron/host/host.js';\nexport type Host = WarRoomHost;\n"],
  ])('refuses %s', async (_what, code) => {
    await expectLayeringError('renderer/api/example.tsx', code);
  });

  it('accepts its own packages and the contract in shared/', async () => {
    await expectClean(
      'renderer/api/example.tsx',
      [
        "import { useState } from 'react';",
        "import { createRoot } from 'react-dom/client';",
        "import { create } from 'zustand';",
        "import { useShallow } from 'zustand/react/shallow';",
        "import { useVirtualizer } from '@tanstack/react-virtual';",
        "import QRCode from 'qrcode/lib/browser.js';",
        "import { z } from 'zod';",
        "import type { HoldfastApi } from '../../shared/api.js';",
        "import { useStore } from '../store/store.js';",
        'export const parts = [useState, createRoot, create, useShallow, useVirtualizer, QRCode, z, useStore];',
        'export type Api = HoldfastApi;',
        '',
      ].join('\n'),
    );
  });
});

describe('electron/ keeps Electron in the shell', () => {
  it("refuses 'electron' outside main.ts, preload.ts and desktop/", async () => {
    await expectLayeringError('electron/host/example.ts', "import { app } from 'electron';\nexport const shell = app;\n");
    await expectLayeringError('electron/serve/example.ts', "import { net } from 'electron/main';\nexport const shell = net;\n");
  });

  it('refuses electron/desktop/ anywhere else on the Node side, even for types', async () => {
    await expectLayeringError('electron/host/example.ts', "import { serveApiOverIpc } from '../desktop/ipc.js';\nexport const serve = serveApiOverIpc;\n");
    await expectLayeringError('electron/sync/example.ts', "import type { SenderFacts } from '../desktop/ipc.js';\nexport type Facts = SenderFacts;\n");
  });

  it('refuses renderer/ anywhere on the Node side', async () => {
    const code = "import { useStore } from '../../renderer/store/store.js';\nexport const store = useStore;\n";
    await expectLayeringError('electron/host/example.ts', code);
    await expectLayeringError('electron/desktop/example.ts', code);
  });

  it.each([
    ['a package on no list', "import leftPad from 'left-pad';\nexport const pad = leftPad;\n"],
    ["the renderer's react", "import { useState } from 'react';\nexport const state = useState;\n"],
  ])('refuses %s on the Node side', async (_what, code) => {
    await expectLayeringError('electron/store/example.ts', code);
  });

  it('keeps the shell to Electron: the Node side packages go through electron/', async () => {
    await expectLayeringError('electron/desktop/example.ts', "import Database from 'better-sqlite3';\nexport const open = Database;\n");
  });

  it("lets the shell import 'electron' and the Node side, and the Node side use Node and its packages", async () => {
    await expectClean(
      'electron/main.ts',
      "import { app } from 'electron';\nimport { serveApiOverIpc } from './desktop/ipc.js';\nimport { WarRoomHost } from './host/host.js';\nexport const shell = [app, serveApiOverIpc, WarRoomHost];\n",
    );
    await expectClean('electron/desktop/example.ts', "import { session } from 'electron';\nimport path from 'node:path';\nexport const shell = [session, path];\n");
    await expectClean(
      'electron/host/example.ts',
      [
        "import fs from 'node:fs';",
        "import Database from 'better-sqlite3';",
        "import { WebSocketServer } from 'ws';",
        "import { Bonjour } from 'bonjour-service';",
        "import { parse } from 'csv-parse/sync';",
        "import { titleSchema } from '../../shared/events.js';",
        "import { openStore } from '../store/store.js';",
        'export const parts = [fs, Database, WebSocketServer, Bonjour, parse, titleSchema, openStore];',
        '',
      ].join('\n'),
    );
  });

  it("lets the sandboxed preload require only 'electron', and take the rest as types", async () => {
    await expectLayeringError(
      'electron/preload.ts',
      "import { contextBridge } from 'electron';\nimport { API_METHODS } from '../shared/api.js';\nexport const bridge = [contextBridge, API_METHODS];\n",
    );
    await expectLayeringError('electron/preload.ts', "import { type ApiMethod } from '../shared/api.js';\nexport type Method = ApiMethod;\n");
    await expectLayeringError('electron/preload.ts', "import { EventEmitter } from 'node:events';\nexport const Emitter = EventEmitter;\n");
    await expectClean(
      'electron/preload.ts',
      [
        "import { contextBridge } from 'electron';",
        "import type { ApiMethod } from '../shared/api.js';",
        "export const channel = 'holdfast-desktop:print-to-pdf' satisfies typeof import('../shared/desktop.js').PRINT_TO_PDF_CHANNEL;",
        'export const bridge = contextBridge;',
        'export type Method = ApiMethod;',
        '',
      ].join('\n'),
    );
  });
});

describe('tests and benches reach every layer', () => {
  it('lets a test import any layer, Node and any package', async () => {
    await expectClean(
      'test/bench/example.ts',
      [
        "import fs from 'node:fs';",
        "import fc from 'fast-check';",
        "import { isTrustedIpcSender } from '../../electron/desktop/trusted-url.js';",
        "import { useStore } from '../../renderer/store/store.js';",
        "import type { App } from 'electron';",
        'export const parts = [fs, fc, isTrustedIpcSender, useStore];',
        'export type Shell = App;',
        '',
      ].join('\n'),
    );
  });

  it('refuses the Electron runtime, which is not installed where tests run', async () => {
    const errors = await lintErrors('test/desktop/example.test.ts', "import { app } from 'electron';\nexport const shell = app;\n");
    expect(errors.map((error) => error.ruleId)).toEqual(['no-restricted-imports']);
  });
});

describe('type-checker escapes', () => {
  it.each(['@ts-ignore', '@ts-nocheck'])('refuses %s', async (directive) => {
    const errors = await lintErrors('shared/example.ts', `// ${directive}\nexport const count: number = 1;\n`);
    expect(errors.map((error) => error.ruleId)).toContain('@typescript-eslint/ban-ts-comment');
  });
});
