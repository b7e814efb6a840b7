import { actorOf, currentUser } from '@/lib/auth/current-user';
import { audienceKey } from '@/lib/domain/change-audiences';
import type { Actor } from '@/lib/server/actor';
import { eventStreamResponse } from '@/lib/server/live/event-stream';
import { openLiveStream } from '@/lib/server/live/live-streams';
import { getSessionUser } from '@/lib/server/users/get-session-user';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The group whose changes this user hears (the tenancy rule lives in routeJobChange). */
function audienceOf(actor: Actor): string {
  switch (actor.role) {
    case 'enterprise_admin':
    case 'enterprise_staff':
      return audienceKey.enterprise(actor.organizationId);
    case 'provider_dispatcher':
      return audienceKey.provider(actor.organizationId);
    case 'technician':
      return audienceKey.technician(actor.userId);
  }
}

/**
 * Server-sent events: one `job` event per committed change the signed-in user may see. The
 * session is checked again on every heartbeat, so a signed-out or deactivated user's stream ends.
 */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return new Response('Sign in to receive live updates.', { status: 401 });
  const actor = actorOf(user);
  return eventStreamResponse({
    signal: request.signal,
    stillValid: async () => Boolean(await getSessionUser(user.id, user.sessionVersion)),
    open: (channel) =>
      openLiveStream({
        audiences: [audienceOf(actor)],
        owner: `user:${user.id}`,
        job: (message) => channel.send('job', message),
        end: (reason) => channel.end(reason),
      }),
  });
}
