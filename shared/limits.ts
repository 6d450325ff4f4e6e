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
  /** A roster field: a team, a phone number, an address, a handle. */
  contactFieldChars: 200,
  notesChars: 4_000,
  /** Contacts kept per partner. */
  partnerContacts: 20,
  statusUpdateChars: 10_000,
  /** The largest serialised event a peer will store or accept. */
  eventBytes: 256 * 1024,
  /**
   * A received stamp further ahead of this laptop's clock than this is held
   * in quarantine, not stored: a clock reset to 2038 or a forged stamp would
   * otherwise win every last-writer-wins field for years. A laptop merely
   * hours off (a wrong time zone set by hand) still syncs, with a warning.
   */
  futureStampMs: 24 * 60 * 60 * 1000,
  /** Peers whose clocks differ from ours by more than this are flagged in the peer list. */
  clockWarningMs: 5_000,
} as const;
