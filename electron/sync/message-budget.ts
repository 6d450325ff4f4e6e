/**
 * How many messages a peer may send: a token bucket. Honest peers batch
 * (thousands of events to a message) and coalesce live pushes, so they stay
 * far below it; a peer over it is flooding, and is cut off before it can
 * make this laptop spend its evenings parsing.
 */
export class MessageBudget {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly now: () => number,
    private readonly capacity = 1_000,
    private readonly perSecond = 500,
  ) {
    this.tokens = capacity;
    this.refilledAt = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
