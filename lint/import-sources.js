/**
 * Every way a TypeScript file can name another module, as one stream of
 * (node, source, typeOnly) for the layering rule: static imports and
 * re-exports, dynamic import(), `typeof import('x')` in a type,
 * `import x = require('x')` and a plain require('x'). A rule that watched only
 * `import ... from` would let the same dependency in by another door.
 *
 * Only `import type` / `export type` and type positions count as type-only:
 * under verbatimModuleSyntax, `import { type A } from 'x'` still loads 'x'.
 */

/** The text of a string literal, or of a template with nothing interpolated; undefined for anything computed. */
function literalText(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** ESLint visitors that call `judge(node, source, typeOnly)` once for each module a file names. */
export function importVisitors(judge) {
  const named = (node, typeOnly) => {
    const source = literalText(node);
    if (source !== undefined) judge(node, source, typeOnly);
  };
  return {
    ImportDeclaration: (node) => named(node.source, node.importKind === 'type'),
    ExportNamedDeclaration: (node) => node.source && named(node.source, node.exportKind === 'type'),
    ExportAllDeclaration: (node) => named(node.source, node.exportKind === 'type'),
    ImportExpression: (node) => named(node.source, false),
    TSImportType: (node) => named(node.source, true),
    TSExternalModuleReference: (node) => named(node.expression, node.parent.importKind === 'type'),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
        named(node.arguments[0], false);
      }
    },
  };
}
