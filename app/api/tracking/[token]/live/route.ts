import { audienceKey } from '@/lib/domain/change-audiences';
import { getDb } from '@/db/client';
import { eventStreamResponse } from '@/lib/server/live/event-stream';
import { openLiveStream } from '@/lib/server/live/live-streams';
import { findByToken } from '@/lib/server/tracking/find-by-token';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The customer's tracking page, live: a `visit` event with the page's whole view after every
 * change to the visit's job. The token is the only credential and names one visit.
 */
export async function GET(request: Request, { params }: RouteContext<'/api/tracking/[token]/live'>) {
  const { token } = await params;
  const found = await findByToken(await getDb(), token);
  if (found.state !== 'live') return new Response(null, { status: 404 });
  return eventStreamResponse({
    signal: request.signal,
    stillValid: async () => (await findByToken(await getDb(), token)).state === 'live',
    open: (channel) =>
      openLiveStream({
        audiences: [audienceKey.visit(found.appointment.id)],
        owner: `token:${token}`,
        trackingToken: token,
        visit: (view) => channel.send('visit', view),
        end: (reason) => channel.end(reason),
      }),
  });
}
