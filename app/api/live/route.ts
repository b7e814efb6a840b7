import { actorOf, currentUser } from '@/lib/auth/current-user';
import { subscribeToJobChanges } from '@/lib/server/live/job-change-hub';
import { jobChangeFor } from '@/lib/server/live/job-change-visible-to';
import { getSessionUser } from '@/lib/server/users/get-session-user';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events: one `job` event per committed change the signed-in user may see. The
 * session is checked again on every heartbeat, so a deactivated user's stream ends.
 */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return new Response('Sign in to receive live updates.', { status: 401 });
  const actor = actorOf(user);
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const unsubscribe = await subscribeToJobChanges((change) => {
        void jobChangeFor(actor, change)
          .then((message) => message && send(`event: job\ndata: ${JSON.stringify(message)}\n\n`))
          .catch((error: unknown) => console.error(error));
      });
      const heartbeat = setInterval(() => {
        void getSessionUser(user.id, user.sessionVersion).then((still) => (still ? send(': ping\n\n') : cleanup()));
      }, HEARTBEAT_MS);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      request.signal.addEventListener('abort', cleanup);
      // The browser waits this long before reconnecting after a drop.
      send('retry: 1000\n: connected\n\n');
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
