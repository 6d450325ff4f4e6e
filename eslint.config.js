// ESLint for the whole repository: typescript-eslint's recommended rules, and
// the layering rule (ARCHITECTURE.md, "Layers and where code lives") as
// errors, so an import that breaks a runtime fails the lint, not a review.
//
//   shared/    pure: no Node, no Electron, no native or server packages, no
//              React, nothing from electron/ or renderer/.
//   renderer/  the DOM: no Node, no Electron, no native or server packages,
//              nothing from electron/.
//   electron/  Node: nothing from renderer/; only main.ts, preload.ts and
//              desktop/ may import 'electron'. The sandboxed preload may
//              import only 'electron' at runtime (anything else as types).
//
// test/lint/layering.test.ts proves each of these fails when broken.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** A set of forbidden import sources, in no-restricted-imports' own terms. */
const forbid = (paths, patterns) => ({ paths, patterns });

const NODE = forbid(
  builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => ({ name, message: 'Node is not available in this layer; only electron/ runs under Node.' })),
  [{ regex: '^node:', message: 'Node is not available in this layer; only electron/ runs under Node.' }],
);

const ELECTRON = forbid(
  [],
  [
    {
      regex: '^electron(/|$)',
      message: "Only electron/main.ts, electron/preload.ts and electron/desktop/ may import 'electron'.",
    },
  ],
);

const NODE_PACKAGES = forbid(
  [],
  [
    {
      regex: '^(better-sqlite3|ws)(/|$)',
      message: 'Storage and sockets belong to electron/; reach them through the API in shared/api.ts.',
    },
  ],
);

const REACT = forbid(
  [],
  [{ regex: '^react(-dom)?(/|$)', message: 'shared/ is the pure domain; React belongs to renderer/.' }],
);

// Relative paths that climb out of the file's folder into a sibling layer.
const relativeInto = (layer, message) => forbid([], [{ regex: `^(\\.\\.?/)*\\.\\./${layer}(/|$)`, message }]);

const INTO_ELECTRON = relativeInto('electron', 'Imports point inward: only electron/ itself may import from electron/.');
const INTO_RENDERER = relativeInto('renderer', 'Imports point inward: only renderer/ itself may import from renderer/.');

const PRELOAD_RUNTIME = forbid(
  [],
  [
    {
      regex: '^(?!electron$)',
      allowTypeImports: true,
      message: "The sandboxed preload can require only 'electron'; import anything else with `import type`.",
    },
  ],
);

const restrict = (...sets) => [
  'error',
  { paths: sets.flatMap((set) => set.paths), patterns: sets.flatMap((set) => set.patterns) },
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

  // The layering rule, one block per layer; a later block replaces an earlier one's options.
  {
    files: ['shared/**/*.{ts,tsx,mts,cts}'],
    rules: { 'no-restricted-imports': restrict(NODE, ELECTRON, NODE_PACKAGES, REACT, INTO_ELECTRON, INTO_RENDERER) },
  },
  {
    files: ['renderer/**/*.{ts,tsx,mts,cts}'],
    rules: { 'no-restricted-imports': restrict(NODE, ELECTRON, NODE_PACKAGES, INTO_ELECTRON) },
  },
  {
    files: ['electron/**/*.{ts,tsx,mts,cts}'],
    rules: { 'no-restricted-imports': restrict(ELECTRON, INTO_RENDERER) },
  },
  {
    files: ['electron/main.ts', 'electron/desktop/**/*.{ts,tsx,mts,cts}'],
    rules: { 'no-restricted-imports': restrict(INTO_RENDERER) },
  },
  {
    files: ['electron/preload.ts'],
    rules: { 'no-restricted-imports': restrict(PRELOAD_RUNTIME, INTO_RENDERER) },
  },
  {
    // Tests run under plain Node, where the Electron runtime is not installed.
    files: ['test/**/*.{ts,tsx,mts,cts}'],
    rules: { 'no-restricted-imports': restrict(forbid([], [{ ...ELECTRON.patterns[0], allowTypeImports: true }])) },
  },
);
