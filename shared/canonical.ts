/**
 * Canonical JSON: object keys sorted, no whitespace, so that the same value
 * always serialises to the same text on every laptop. Event hashes and
 * signatures are computed over this text, and the projection's state hash
 * uses it to compare peers.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error('Canonical JSON cannot hold a non-finite number.');
    }
    if (value === undefined) throw new Error('Canonical JSON cannot hold undefined.');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
