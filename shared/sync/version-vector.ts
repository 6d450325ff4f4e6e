/**
 * Version vectors: {device id: highest seq held}. Because each device's
 * events form a gap-free chain, a vector says exactly which events a peer
 * holds, and the difference of two vectors says exactly what to send.
 */
export type VersionVector = Readonly<Record<string, number>>;

/** A run of one device's events, `fromSeq` to `toSeq` inclusive. */
export interface SeqRange {
  readonly device: string;
  readonly fromSeq: number;
  readonly toSeq: number;
}

/** What a peer holding `theirs` lacks of what we hold in `ours`, device by device, in a stable order. */
export function missingFrom(ours: VersionVector, theirs: VersionVector): SeqRange[] {
  const ranges: SeqRange[] = [];
  for (const device of Object.keys(ours).sort()) {
    const held = ours[device] ?? 0;
    const known = theirs[device] ?? 0;
    if (held > known) ranges.push({ device, fromSeq: known + 1, toSeq: held });
  }
  return ranges;
}

/**
 * How many events a peer holding `theirs` lacks of ours: for the "lacks N"
 * shown beside each peer. Either vector may be a peer's, as its hello said
 * it, so this only adds: no sorting, no list of ranges.
 */
export function countMissing(ours: VersionVector, theirs: VersionVector): number {
  let missing = 0;
  for (const [device, held] of Object.entries(ours)) missing += Math.max(0, held - (theirs[device] ?? 0));
  return missing;
}

/** The vector of everything both hold together. */
export function mergeVectors(a: VersionVector, b: VersionVector): Record<string, number> {
  const merged: Record<string, number> = { ...a };
  for (const [device, seq] of Object.entries(b)) merged[device] = Math.max(merged[device] ?? 0, seq);
  return merged;
}

/** True when `a` holds everything `b` holds. */
export function covers(a: VersionVector, b: VersionVector): boolean {
  return Object.entries(b).every(([device, seq]) => (a[device] ?? 0) >= seq);
}
