/**
 * Canonical JSON: object keys sorted, no whitespace, so that the same value
 * always serialises to the same text on every laptop. Event hashes and
 * signatures are computed over this text, the log stores each payload so
 * (its keys are then in order when it is read back or sent on, which lets
 * the next laptop write it with JSON.stringify), and the projection's state
 * hash uses it to compare peers. The text must never change: the hashes of
 * every log ever written depend on it.
 *
 * Hashing is the largest cost of checking a received event (a laptop back
 * after hours checks tens of thousands), so the common case, a flat object
 * whose keys are already in order, is handed to JSON.stringify whole, which
 * writes it exactly as the rule below would.
 *
 * Undefined fields are left out; undefined anywhere else, and a number that
 * is not finite, are refused (JSON has no way to say them).
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return canonicalScalar(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (isFlatAndInOrder(record, keys)) return JSON.stringify(record);
  let text = '{';
  for (const key of keys.sort()) {
    const item = record[key];
    if (item === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${text}}`;
}

function canonicalScalar(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Canonical JSON cannot hold a non-finite number.');
  if (value === undefined) throw new Error('Canonical JSON cannot hold undefined.');
  return JSON.stringify(value);
}

/**
 * True when JSON.stringify writes `record` exactly as canonicalJson does: a
 * plain object whose keys are already in canonical order and whose values
 * are all strings, finite numbers, booleans or null.
 */
function isFlatAndInOrder(record: Record<string, unknown>, keys: readonly string[]): boolean {
  if (Object.getPrototypeOf(record) !== Object.prototype) return false;
  for (let i = 0; i < keys.length; i += 1) {
    if (i > 0 && !(keys[i - 1]! < keys[i]!)) return false;
    const item = record[keys[i]!];
    if (typeof item === 'number' ? !Number.isFinite(item) : typeof item !== 'string' && typeof item !== 'boolean' && item !== null) return false;
  }
  return true;
}
