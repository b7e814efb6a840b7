import 'server-only';
import twilio from 'twilio';
import type TwilioRequestClient from 'twilio/lib/base/RequestClient';
import { PermanentSendError, type SmsTransport } from './transport';

export type TwilioSettings = {
  accountSid: string;
  authToken: string;
  from: string;
  apiBaseUrl?: string;
  /** Where Twilio reports delivery; only with a public APP_URL. */
  statusCallback?: string;
};

const TWILIO_API = 'https://api.twilio.com';

export function twilioSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TwilioSettings | null {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: from } = env;
  if (!accountSid || !authToken || !from) return null;
  const appUrl = env.APP_URL?.replace(/\/$/, '');
  return { accountSid, authToken, from, apiBaseUrl: env.TWILIO_API_BASE_URL || undefined, statusCallback: appUrl ? `${appUrl}/api/sms/status` : undefined };
}

/**
 * Carries the idempotency key as Twilio's idempotency header on the one request it makes, and
 * points the library at another base URL when asked (a local fake of the Messages API in tests).
 */
class KeyedRequestClient extends twilio.RequestClient {
  constructor(
    private readonly idempotencyKey: string,
    private readonly apiBaseUrl: string | undefined,
  ) {
    // Retries belong to the outbox worker, which knows the attempt count and backoff.
    super({ autoRetry: false, timeout: 15_000 });
  }

  override request<TData>(opts: TwilioRequestClient.RequestOptions<TData>) {
    const uri = this.apiBaseUrl ? opts.uri.replace(TWILIO_API, this.apiBaseUrl.replace(/\/$/, '')) : opts.uri;
    return super.request({ ...opts, uri, headers: { ...opts.headers, 'I-Twilio-Idempotency-Token': this.idempotencyKey } });
  }
}

export function twilioTransport(settings: TwilioSettings): SmsTransport {
  return {
    name: 'twilio',
    send: async ({ to, body, idempotencyKey }) => {
      const client = twilio(settings.accountSid, settings.authToken, { httpClient: new KeyedRequestClient(idempotencyKey, settings.apiBaseUrl) });
      try {
        const message = await client.messages.create({ to, from: settings.from, body, statusCallback: settings.statusCallback });
        return { providerMessageId: message.sid, delivered: message.status === 'delivered' };
      } catch (error) {
        // 4xx other than rate limiting means the request itself is wrong: retrying sends the same thing.
        const status = (error as { status?: number }).status;
        if (status && status >= 400 && status < 500 && status !== 429) {
          throw new PermanentSendError(`Twilio refused the message (${status}): ${(error as Error).message}`);
        }
        throw error;
      }
    },
  };
}
