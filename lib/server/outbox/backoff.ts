/**
 * Delay before retry number `attempt` (1 = the first retry): exponential, capped, with "equal
 * jitter" (half fixed, half random) so many messages failing together do not retry in step.
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
