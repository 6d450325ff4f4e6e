/**
 * One kind of thing that can happen thousands of times a minute (a stranger
 * flooding the sync port), said in a few lines: the first at once, so a
 * person sees it start; the rest counted and summed up once per period for
 * as long as it goes on.
 */
import type { Server } from 'node:net';

/** How often something that goes on is summed up in the log. */
export const REPORT_EVERY_MS = 60_000;
/** Ends the first line, so a reader knows the silence that follows is not the end of it. */
export const LATER = 'more are counted and reported once a minute';
export interface OccasionalReportOptions {
  readonly everyMs: number;
  readonly log: (line: string) => void;
  /** The line for the first time it happens in a while. */
  readonly first: (address: string) => string;
  /** The line for how many more happened in the last period, and from where most of them came. */
  readonly since: (count: number, busiest: string) => string;
}

export class OccasionalReport {
  private timer: NodeJS.Timeout | null = null;
  private readonly counts = new Map<string, number>();

  constructor(private readonly options: OccasionalReportOptions) {}

  note(address: string): void {
    if (this.timer === null) {
      this.options.log(this.options.first(address));
      this.startPeriod();
      return;
    }
    this.counts.set(address, (this.counts.get(address) ?? 0) + 1);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.counts.clear();
  }

  private startPeriod(): void {
    this.timer = setTimeout(() => this.endPeriod(), this.options.everyMs);
    this.timer.unref();
  }

  private endPeriod(): void {
    this.timer = null;
    if (this.counts.size === 0) return;
    let total = 0;
    let busiest = '';
    let most = 0;
    for (const [address, count] of this.counts) {
      total += count;
      if (count > most) [busiest, most] = [address, count];
    }
    this.counts.clear();
    this.options.log(this.options.since(total, busiest));
    // Still going on: the next ones are summed up too, not said one by one.
    this.startPeriod();
  }
}

/**
 * A listening server's failures to accept a connection (out of file
 * handles, say), said instead of thrown: those already connected carry on.
 * They can come with every connection attempted, hence said once in a while.
 */
export function reportAcceptFailures(server: Server, where: string, log: (line: string) => void): void {
  const report = new OccasionalReport({
    everyMs: REPORT_EVERY_MS,
    log,
    first: (why) => `could not accept a connection to ${where}: ${why}; those already connected carry on; ${LATER}`,
    since: (count, why) => `could not accept ${count} more connections to ${where} in the last minute (mostly ${why})`,
  });
  server.on('error', (error: NodeJS.ErrnoException) => report.note(error.code ?? error.message));
  server.once('close', () => report.stop());
}
