// ESLint for the whole repository: typescript-eslint's recommended rules, the
// layering rule (ARCHITECTURE.md, "Layers and where code lives") and a rule
// against focused or skipped tests, all as errors, so an import that breaks a
// runtime or a test that cannot fail fails the lint, not a review. Both rules
// are our own, in lint/; test/lint/ proves each fails when broken.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import holdfast from './lint/plugin.js';

const SHARED = 'shared/';
const RENDERER = 'renderer/';
const NODE_SIDE = 'electron/';
const SHELL = 'the Electron shell (electron/main.ts, electron/desktop/)';
const PRELOAD = 'the preload (electron/preload.ts)';

// Each layer's packages are what it imports today; a new one is added here on
// purpose. The narrower layers come first: a file belongs to the first that
// lists it.
const LAYERS = [
  {
    // The sandboxed preload can require only 'electron' (the rest as types).
    name: PRELOAD,
    paths: ['electron/preload.ts'],
    node: false,
    sandboxed: true,
    packages: ['electron'],
    imports: [SHARED],
  },
  {
    // Only the shell touches Electron; nothing on the Node side imports it.
    name: SHELL,
    paths: ['electron/main.ts', 'electron/desktop/'],
    node: true,
    packages: ['electron'],
    imports: [SHELL, NODE_SIDE, SHARED],
  },
  {
    // Plain Node, tested here and run as the headless peer.
    name: NODE_SIDE,
    paths: ['electron/'],
    node: true,
    packages: [
      'better-sqlite3',
      'bonjour-service',
      'csv-parse',
      'csv-stringify',
      'env-paths',
      'ical.js',
      'mdast-util-from-markdown',
      'qrcode',
      'ws',
      'yaml',
      'zod',
    ],
    imports: [NODE_SIDE, SHARED],
  },
  {
    // The DOM: no Node, nothing from electron/.
    name: RENDERER,
    paths: ['renderer/'],
    node: false,
    packages: ['@tanstack/react-virtual', 'qrcode', 'react', 'react-dom', 'zod', 'zustand'],
    imports: [RENDERER, SHARED],
  },
  {
    // The pure domain: no Node, no DOM, nothing outside itself. mdast is types only.
    name: SHARED,
    paths: ['shared/'],
    node: false,
    packages: ['mdast', 'mdast-util-from-markdown', 'yaml', 'zod'],
    imports: [SHARED],
  },
];

const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
    'structuredClone',
    'queueMicrotask',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'clearImmediate',
    'fetch',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  globalIgnores(['dist/', 'release/', 'coverage/', 'test-results/', 'playwright-report/', '.holdfast-dev/']),

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      // Fix the type instead (STYLE.md); an expected error must say why.
      '@typescript-eslint/ban-ts-comment': [
        'error',
        {
          'ts-ignore': true,
          'ts-nocheck': true,
          'ts-expect-error': 'allow-with-description',
          'ts-check': false,
          minimumDescriptionLength: 5,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: NODE_GLOBALS },
  },

  {
    files: ['shared/**', 'renderer/**', 'electron/**'],
    plugins: { holdfast },
    rules: {
      'holdfast/layering': ['error', { root: path.dirname(fileURLToPath(import.meta.url)), layers: LAYERS }],
    },
  },
  {
    files: ['test/**'],
    plugins: { holdfast },
    rules: {
      'holdfast/no-focused-or-skipped-tests': 'error',
      // Tests run under plain Node, where the Electron runtime is not installed.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^electron(/|$)',
              allowTypeImports: true,
              message: "The Electron runtime is not installed where tests run; take 'electron' with `import type`.",
            },
          ],
        },
      ],
    },
  },
);
