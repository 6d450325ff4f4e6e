import type { HoldfastError } from '../../../shared/result.js';

/**
 * The parameter the host refused, as a form names its fields: the error's
 * path joined with dots (`contacts.2.name`), or null when the refusal is
 * about no one field (the link is down, the disk is full). The host says
 * which; a form never checks every field again to guess.
 */
export function refusedField(error: HoldfastError): string | null {
  return error.path === undefined || error.path.length === 0 ? null : error.path.join('.');
}

/** Whether `field` is the refused one or holds it (`folders` holds `folders.3`). */
export function isOrHolds(field: string, refused: string): boolean {
  return refused === field || refused.startsWith(`${field}.`);
}
