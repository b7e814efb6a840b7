import 'server-only';
import twilio from 'twilio';
import { twilioSettingsFromEnv } from './twilio-transport';

/** The URL Twilio signed: the public one it was configured with, which a proxy may hide from request.url. */
function signedUrl(request: Request): string {
  const base = process.env.APP_URL?.replace(/\/$/, '');
  const url = new URL(request.url);
  return base ? `${base}${url.pathname}${url.search}` : request.url;
}

/**
 * The form fields of a webhook call from Twilio, or the response to refuse it with: 404 while
 * Twilio is not configured (nothing to receive), 403 when X-Twilio-Signature does not match.
 */
export async function readTwilioWebhook(request: Request): Promise<Record<string, string> | Response> {
  const settings = twilioSettingsFromEnv();
  if (!settings) return new Response('Not found', { status: 404 });
  const params = Object.fromEntries(new URLSearchParams(await request.text()));
  const signature = request.headers.get('x-twilio-signature') ?? '';
  if (!twilio.validateRequest(settings.authToken, signature, signedUrl(request), params)) {
    return new Response('Invalid signature', { status: 403 });
  }
  return params;
}

export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
