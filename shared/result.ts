/**
 * Results, not throws, across every boundary (STYLE.md, example 4). A person
 * sees `message`: a sentence that says what went wrong and what to do.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'needs_name'
  | 'storage_full'
  | 'storage_read_only'
  | 'storage_corrupt'
  | 'storage_busy'
  | 'too_new'
  | 'unavailable'
  /** Not sent yet: kept in the page's outbox, and sent by itself when the host answers again. */
  | 'queued'
  | 'internal';

export interface HoldfastError {
  readonly code: ErrorCode;
  readonly message: string;
  /**
   * Where in the operation's parameters the refused value sits (['steps', 2,
   * 'title']), when one field is to blame, so a form marks that field without
   * checking every field again itself.
   */
  readonly path?: readonly (string | number)[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HoldfastError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, path?: readonly (string | number)[]): Result<T> {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}

/** An error that carries a code, thrown inside a layer and turned into a Result at its edge. */
export class HoldfastFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The refused field's path in the operation's parameters, when one field is to blame. */
    readonly path?: readonly (string | number)[],
  ) {
    super(message);
    this.name = 'HoldfastFailure';
  }
}
