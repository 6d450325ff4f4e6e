/** The ids an aria-describedby lists, leaving out the ones not shown; undefined for none. */
export function describedBy(...ids: readonly (string | false | null | undefined)[]): string | undefined {
  const shown = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return shown.length === 0 ? undefined : shown.join(' ');
}
