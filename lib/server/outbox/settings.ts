import 'server-only';

export type DeliverySettings = {
  maxAttempts: number;
  /** First retry delay; doubles per attempt up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claimed row stays invisible to other workers: a worker that dies holding it frees it after this. */
  leaseMs: number;
  batchSize: number;
};

const int = (value: string | undefined, fallback: number) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export function deliverySettings(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  return {
    maxAttempts: int(env.FIELDLINE_SMS_MAX_ATTEMPTS, 5),
    baseDelayMs: int(env.FIELDLINE_SMS_RETRY_BASE_MS, 30_000),
    maxDelayMs: int(env.FIELDLINE_SMS_RETRY_MAX_MS, 3_600_000),
    leaseMs: int(env.FIELDLINE_SMS_LEASE_MS, 60_000),
    batchSize: int(env.FIELDLINE_SMS_BATCH_SIZE, 20),
  };
}
