import { recordSmsReply } from '@/lib/server/notifications/record-sms-reply';
import { EMPTY_TWIML, readTwilioWebhook } from '@/lib/server/notifications/twilio-webhook';

/** Twilio's webhook for replies: records STOP / START. */
export async function POST(request: Request): Promise<Response> {
  const params = await readTwilioWebhook(request);
  if (params instanceof Response) return params;
  if (params.From && params.Body !== undefined) await recordSmsReply(params.From, params.Body);
  return new Response(EMPTY_TWIML, { headers: { 'content-type': 'text/xml' } });
}
