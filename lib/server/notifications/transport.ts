import 'server-only';

export type OutgoingSms = { to: string; body: string; idempotencyKey: string };

/** What the transport knows after accepting a message: its own id, and whether it already reached the phone. */
export type SmsReceipt = { providerMessageId: string; delivered: boolean };

/**
 * One small port for every SMS provider. `send` must be safe to call twice with the same
 * idempotency key (a worker that dies after the call but before recording it retries), so
 * the key travels with the call and the provider side drops the repeat.
 */
export type SmsTransport = { name: 'dev' | 'twilio'; send: (message: OutgoingSms) => Promise<SmsReceipt> };

/** A refusal that retrying cannot fix (an invalid number, a blocked recipient). */
export class PermanentSendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentSendError';
  }
}
