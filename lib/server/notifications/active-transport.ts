import 'server-only';
import { devTransport } from './dev-transport';
import type { SmsTransport } from './transport';
import { twilioSettingsFromEnv, twilioTransport } from './twilio-transport';

/** Twilio when its settings are present, the development outbox otherwise (also under `next start`). */
export function activeTransport(): SmsTransport {
  const settings = twilioSettingsFromEnv();
  return settings ? twilioTransport(settings) : devTransport;
}

export function isDevTransportActive(): boolean {
  return twilioSettingsFromEnv() === null;
}
