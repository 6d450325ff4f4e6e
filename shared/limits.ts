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
   * The deepest an event's payload may nest (lists and objects within each
   * other). The deepest event this version writes nests 5 levels; this leaves
   * room for event types to come, and must never be lowered, since peers of
   * this version refuse anything deeper. Checked without recursion before
   * anything recursive (hashing, canonical JSON) touches the payload: a
   * payload 200,000 levels deep overflows the stack of any recursive walk.
   */
  payloadDepth: 64,
  /**
   * The most devices one sync message may name in a version vector. A room
   * is a handful of laptops, and every laptop that ever wrote in it stays in
   * the vector, so years of rooms stay far below this; a vector of 150,000
   * kept a peer's event loop busy for seconds just validating it.
   */
  vectorDevices: 10_000,
  /** The most devices a `have` may say the sender hears first-hand: more conversations than any room has laptops. */
  linkedDevices: 1_000,
  /**
   * A received stamp further ahead of this laptop's clock than this is held
   * in quarantine, not stored: a clock reset to 2038 or a forged stamp would
   * otherwise win every last-writer-wins field for years. A laptop merely
   * hours off (a wrong time zone set by hand) still syncs, with a warning.
   */
  futureStampMs: 24 * 60 * 60 * 1000,
  /**
   * A peer whose clock differs from this laptop's by more than this is not
   * counted when the room's time is measured (shared/room/room-clock.ts):
   * a laptop days off by a dead battery or a wrong date is believable, one
   * reset to 2001 or 2038 is not.
   */
  roomClockBelievedMs: 30 * 24 * 60 * 60 * 1000,
  /** Peers whose clocks differ from ours by more than this are flagged in the peer list. */
  clockWarningMs: 5_000,
} as const;
