/**
 * Bounded waiting: tests never assert on timing, they poll for what they
 * expect with a generous limit and fail naming what never happened.
 */
export interface WaitOptions {
  /** What is awaited, for the failure message ("the writer to acknowledge 300 entries"). */
  readonly what: string;
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
}

/** Polls `check` (awaited when it is asynchronous) until it gives something other than undefined, null or false, and returns that. */
export async function waitUntil<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: WaitOptions,
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${options.what} after ${options.timeoutMs ?? 10_000} ms.`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 20));
  }
}
