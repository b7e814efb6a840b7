import { recordDeliveryReceipt } from '@/lib/server/notifications/record-delivery-receipt';
import { readTwilioWebhook } from '@/lib/server/notifications/twilio-webhook';

/** Twilio's status callback: turns "sent" into "delivered" (or "failed") once the carrier reports. */
export async function POST(request: Request): Promise<Response> {
  const params = await readTwilioWebhook(request);
  if (params instanceof Response) return params;
  if (params.MessageSid && params.MessageStatus) await recordDeliveryReceipt(params.MessageSid, params.MessageStatus, params.ErrorCode);
  return new Response(null, { status: 204 });
}
