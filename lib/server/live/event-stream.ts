import 'server-only';

const HEARTBEAT_MS = 20_000;

export type EventChannel = {
  send: (event: string, data: unknown) => void;
  /** Ends the response; a named reason is sent first, as an event the client can act on. */
  end: (reason?: string) => void;
};

type Options = {
  signal: AbortSignal;
  /** Called on every heartbeat; false ends the stream (the session or link is no longer valid). */
  stillValid: () => Promise<boolean>;
  /** Starts feeding the channel; returns what stops it. */
  open: (channel: EventChannel) => Promise<() => void>;
};

/** A server-sent-events response: heartbeats keep proxies from closing it, and every ending cleans up once. */
export function eventStreamResponse({ signal, stillValid, open }: Options): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let live = true;
      const write = (text: string) => {
        if (live) controller.enqueue(encoder.encode(text));
      };
      const running: { stop: () => void; heartbeat?: ReturnType<typeof setInterval> } = { stop: () => {} };
      cleanup = () => {
        if (!live) return;
        live = false;
        clearInterval(running.heartbeat);
        running.stop();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      const channel: EventChannel = {
        send: (event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
        end: (reason) => {
          if (reason) write(`event: ${reason}\ndata: {}\n\n`);
          cleanup();
        },
      };
      signal.addEventListener('abort', cleanup);
      // The browser waits this long before reconnecting after a drop.
      write('retry: 1000\n: connected\n\n');
      running.stop = await open(channel);
      if (!live) return running.stop();
      running.heartbeat = setInterval(() => {
        void stillValid()
          .then((valid) => (valid ? write(': ping\n\n') : cleanup()))
          .catch(() => undefined);
      }, HEARTBEAT_MS);
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
