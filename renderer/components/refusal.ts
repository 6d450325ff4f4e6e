import type { z } from 'zod';
import type { HoldfastError } from '../../shared/result.js';

/**
 * Whether the host refused a call because of this value: checked with the
 * very schema the host checked it with (shared/api.ts), so a form can mark
 * the field that was refused (aria-invalid) without reading the host's
 * sentence. A refusal for any other reason (the link is down, the disk is
 * full) marks no field.
 */
export function refusedValue(error: HoldfastError, schema: z.ZodType, value: unknown): boolean {
  return error.code === 'invalid_input' && !schema.safeParse(value).success;
}

/** The ids an aria-describedby lists, leaving out the ones not shown; undefined for none. */
export function describedBy(...ids: readonly (string | false | null | undefined)[]): string | undefined {
  const shown = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return shown.length === 0 ? undefined : shown.join(' ');
}
