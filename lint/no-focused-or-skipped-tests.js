/**
 * A test that is focused (`.only`, `fit`, `fdescribe`) silently drops every
 * other test in its file, and one that is skipped (`.skip`, `.fixme`, `xit`,
 * `xdescribe`, `xtest`) cannot fail: both pass review easily and are
 * forgotten. Covers vitest and @playwright/test alike, including chains such
 * as `test.describe.only`, `it.concurrent.skip` and `describe.skip.each`.
 *
 * A skip that depends on a condition stays legitimate, for a capability a
 * platform lacks: vitest's `.skipIf(condition)`, and Playwright's
 * `test.skip(condition, reason)` or `test.skip(({ browserName }) => ..., reason)`.
 */

const TEST_FUNCTIONS = new Set(['describe', 'it', 'test', 'suite', 'bench']);
const FOCUSED = new Set(['fit', 'fdescribe']);
const SKIPPED = new Set(['xit', 'xtest', 'xdescribe']);
const TURNED_OFF = new Set(['skip', 'fixme']);

/** The test function a member chain such as `test.describe.serial` starts from, or undefined. */
function testFunctionOf(node) {
  if (node.type === 'Identifier') return TEST_FUNCTIONS.has(node.name) ? node.name : undefined;
  if (node.type === 'MemberExpression' && !node.computed) return testFunctionOf(node.object);
  return undefined;
}

const isFunction = (node) => node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
const isTitle = (node) => node.type === 'TemplateLiteral' || (node.type === 'Literal' && typeof node.value === 'string');

/**
 * Playwright's conditional skip: a condition (a value or a function of the
 * fixtures) then at most a reason. A declaration instead starts with a title
 * or carries the test's body, and a bare `test.skip()` skips unconditionally.
 */
function isConditional(call) {
  const [condition, ...rest] = call.arguments;
  return condition !== undefined && !isTitle(condition) && !rest.some(isFunction);
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'No focused or skipped tests; a skip must depend on a condition' },
    schema: [],
    messages: {
      focused: "'{{call}}' runs only this and silently drops every other test in the file.",
      skipped:
        "'{{call}}' turns a test off for good, so it cannot fail: fix it or delete it. For a capability a platform lacks, skip on a condition: .skipIf(condition) in vitest, test.skip(condition, reason) in Playwright.",
    },
  },

  create(context) {
    const call = (node) => context.sourceCode.getText(node);
    return {
      CallExpression(node) {
        if (node.callee.type !== 'Identifier') return;
        if (FOCUSED.has(node.callee.name)) context.report({ node: node.callee, messageId: 'focused', data: { call: node.callee.name } });
        if (SKIPPED.has(node.callee.name)) context.report({ node: node.callee, messageId: 'skipped', data: { call: node.callee.name } });
      },
      MemberExpression(node) {
        if (node.computed || node.property.type !== 'Identifier' || testFunctionOf(node.object) === undefined) return;
        if (node.property.name === 'only') {
          context.report({ node, messageId: 'focused', data: { call: call(node) } });
        } else if (TURNED_OFF.has(node.property.name)) {
          const calledDirectly = node.parent.type === 'CallExpression' && node.parent.callee === node;
          if (!calledDirectly || !isConditional(node.parent)) {
            context.report({ node, messageId: 'skipped', data: { call: call(node) } });
          }
        }
      },
    };
  },
};
