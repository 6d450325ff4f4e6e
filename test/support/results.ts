import type { HoldfastError, Result } from '../../shared/result.js';

/** The value of a Result a test expects to succeed; otherwise fails with the host's own sentence. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a Result a test expects to fail. */
export function expectFailure<T>(result: Result<T>): HoldfastError {
  if (result.ok) throw new Error(`Expected a failure, got success: ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}
