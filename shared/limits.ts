/**
 * Sizes past which input is refused with a clear message rather than stored.
 * A war room's log is replicated to every laptop, so one pasted megabyte
 * would be copied everywhere; long material belongs in a linked document.
 */
export const LIMITS = {
  titleChars: 200,
  summaryChars: 4_000,
  entryChars: 20_000,
  nameChars: 80,
  reasonChars: 1_000,
  /** The largest serialised event a peer will store or accept. */
  eventBytes: 256 * 1024,
} as const;
