/**
 * Holdfast's own ESLint rules, loaded by eslint.config.js as the plugin
 * `holdfast`. Lint-time only: nothing here is built into the app.
 */
import layering from './layering.js';
import noFocusedOrSkippedTests from './no-focused-or-skipped-tests.js';

export default {
  meta: { name: 'holdfast' },
  rules: { layering, 'no-focused-or-skipped-tests': noFocusedOrSkippedTests },
};
