/**
 * Times the peers' real clocks chose, as the page writes them. A time on
 * another day than now shows that day first, so a run near midnight reads
 * a due time half an hour ahead as "Dec 8 12:26 AM": right, and what these
 * patterns accept beside the bare time of day.
 */

/** A time of day as the browser's locale writes it: 16:05, 16:05:09, or 4:05 PM. */
export const CLOCK = String.raw`\d{1,2}:\d\d(?::\d\d)?(?: [AP]M)?`;

/** The page's short day, "Dec 8" (en-US) or "8 Dec" (en-GB). */
const SHORT_DAY = String.raw`(?:[A-Z][a-z]{2} \d{1,2}|\d{1,2} [A-Z][a-z]{2})`;

/** A time of day, with its day first when that is not today: "16:05", "Dec 8 12:26:40 AM". */
export const CLOCK_ON_ITS_DAY = String.raw`(?:${SHORT_DAY} )?${CLOCK}`;

/** A time in text sent out of the room, the zone named: "00:27 UTC", or "Tue 8 Dec 2026, 00:27 UTC" on another day. */
export const SENT_TIME = String.raw`(?:[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}, )?\d\d:\d\d \S+`;
