import 'server-only';
import type { SmsTransport } from './transport';

/**
 * The transport whenever no real one is configured: the outbox row already holds the text,
 * so "sending" is recording it as delivered, and /dev/outbox shows it. The key doubles as
 * the message id, which makes a repeated send the same message.
 */
export const devTransport: SmsTransport = {
  name: 'dev',
  send: async ({ idempotencyKey }) => ({ providerMessageId: `dev:${idempotencyKey}`, delivered: true }),
};
