/**
 * The layering rule (ARCHITECTURE.md, "Layers and where code lives"), judged
 * on where an import really lands. A relative path is resolved against the
 * importing file first, as VS Code's code-layering rule does, so
 * '../shared/../electron/x' counts as electron/x, not as something in shared/.
 * A bare name is a Node built-in or a package: each layer says whether it runs
 * under Node and lists the packages it may use, so a new dependency in a
 * layer is a decision taken in eslint.config.js rather than one that slips in.
 *
 * Options: { root, layers }, root being the repository's folder and each
 * layer { name, paths, node, packages, imports, sandboxed? }:
 *   paths      where its files live, relative to root; a folder ends in '/'.
 *              A file belongs to the first layer that lists it, so the
 *              narrower layers come first.
 *   node       whether Node's built-in modules exist where it runs.
 *   packages   the packages it may import (a subpath counts as its package).
 *   imports    the layers whose files it may import, its own included.
 *   sandboxed  Electron's sandboxed preload: at runtime it can require only
 *              its packages; anything else must be `import type`.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { importVisitors } from './import-sources.js';

const NODE_BUILTINS = new Set(builtinModules);

const isNodeBuiltin = (source) => source.startsWith('node:') || NODE_BUILTINS.has(source);

/** The package a bare specifier loads: 'qrcode/lib/browser.js' is qrcode, '@tanstack/react-virtual/x' is @tanstack/react-virtual. */
const packageOf = (source) =>
  source
    .split('/')
    .slice(0, source.startsWith('@') ? 2 : 1)
    .join('/');

const isPath = (source) => source.startsWith('.') || path.isAbsolute(source);

/** The first layer whose paths hold `file` (relative to the root, with '/'), or undefined. */
const layerOf = (layers, file) =>
  layers.find((layer) =>
    layer.paths.some((place) => (place.endsWith('/') ? file.startsWith(place) : file === place)),
  );

const list = (names) => names.join(', ');
const either = (names) => (names.length < 2 ? list(names) : `${list(names.slice(0, -1))} or ${names.at(-1)}`);

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only the layers, Node built-ins and packages it is allowed' },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['root', 'layers'],
        properties: {
          root: { type: 'string' },
          layers: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'paths', 'node', 'packages', 'imports'],
              properties: {
                name: { type: 'string' },
                paths: { type: 'array', items: { type: 'string' } },
                node: { type: 'boolean' },
                packages: { type: 'array', items: { type: 'string' } },
                imports: { type: 'array', items: { type: 'string' } },
                sandboxed: { type: 'boolean' },
              },
            },
          },
        },
      },
    ],
    messages: {
      outsideRepository: "'{{source}}' leads outside the repository.",
      layer: "'{{source}}' is {{target}}; {{layer}} may import only from {{allowed}} (imports point inward).",
      node: "'{{source}}' is a Node built-in, and {{layer}} does not run under Node.",
      package: "'{{name}}' is not among the packages {{layer}} may use ({{allowed}}).{{elsewhere}}",
      sandbox: "{{layer}} runs sandboxed and can require only {{allowed}} at runtime; take '{{source}}' with `import type`.",
    },
  },

  create(context) {
    const [{ root, layers }] = context.options;
    const toRoot = (file) => path.relative(root, file).split(path.sep).join('/');
    const layer = layerOf(layers, toRoot(context.physicalFilename));
    if (layer === undefined) return {};

    const judgePath = (node, source, typeOnly) => {
      const target = toRoot(path.resolve(path.dirname(context.physicalFilename), source));
      if (target === '..' || target.startsWith('../') || path.isAbsolute(target)) {
        context.report({ node, messageId: 'outsideRepository', data: { source } });
        return;
      }
      const targetLayer = layerOf(layers, target);
      if (targetLayer === undefined || !layer.imports.includes(targetLayer.name)) {
        context.report({
          node,
          messageId: 'layer',
          data: {
            source,
            target: targetLayer === undefined ? `${target}, outside every layer` : `${target} in ${targetLayer.name}`,
            layer: layer.name,
            allowed: either(layer.imports),
          },
        });
        return;
      }
      if (layer.sandboxed && !typeOnly) {
        context.report({ node, messageId: 'sandbox', data: { source, layer: layer.name, allowed: list(layer.packages) } });
      }
    };

    const judgePackage = (node, source) => {
      const name = packageOf(source);
      if (layer.packages.includes(name)) return;
      const others = layers.filter((other) => other.packages.includes(name)).map((other) => other.name);
      context.report({
        node,
        messageId: 'package',
        data: {
          name,
          layer: layer.name,
          allowed: list(layer.packages),
          elsewhere: others.length === 0 ? '' : ` Only ${either(others)} may use it.`,
        },
      });
    };

    return importVisitors((node, source, typeOnly) => {
      if (isPath(source)) judgePath(node, source, typeOnly);
      else if (isNodeBuiltin(source)) {
        if (!layer.node) context.report({ node, messageId: 'node', data: { source, layer: layer.name } });
      } else judgePackage(node, source);
    });
  },
};
