/**
 * Which parameter of an API call was refused, said in the error's `path`
 * so a form marks that field instead of checking every field again itself.
 */
import type { ZodError } from 'zod';
import { fail, HoldfastFailure, type ErrorCode, type Result } from '../../shared/result.js';

/** The first thing the schema refused, as a sentence, with where it sits in the parameters. */
export function parametersRefused(error: ZodError): Result<never> {
  const issue = error.issues[0];
  if (issue === undefined) return fail('invalid_input', 'The request was not understood.');
  if (issue.path.length === 0) return fail('invalid_input', 'The parameters of an API call must be an object.');
  // Our schemas speak in sentences; zod's own messages need the field named.
  const field = /^[A-Z].*\.$/.test(issue.message) ? '' : `${issue.path.join('.')}: `;
  return fail('invalid_input', `${field}${issue.message}`, issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)));
}

/** Refusals of a value; the others (a full disk, a busy database) say nothing about the parameter. */
const ABOUT_THE_VALUE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['invalid_input', 'not_found', 'conflict', 'too_new']);

/**
 * Runs `use`, and names `path` on what it refuses of the value. For code that
 * never saw the API's parameters: a room file, a roster file or an invite
 * code is read by modules the CLI shares, which say what is wrong with the
 * value but not where the caller put it.
 */
export function blamingParameter<T>(path: readonly (string | number)[], use: () => T): T {
  try {
    return use();
  } catch (error) {
    if (error instanceof HoldfastFailure && error.path === undefined && ABOUT_THE_VALUE.has(error.code)) {
      throw new HoldfastFailure(error.code, error.message, path);
    }
    throw error;
  }
}
