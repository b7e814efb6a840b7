export type SseEvent = { event: string; data: string; at: number };

export type SseConnection = { opened: Promise<void>; closed: Promise<void>; close: () => void };

/** A server-sent-events client on fetch: calls `onEvent` with each event and the time it arrived. */
export function openSse(url: string, headers: Record<string, string>, onEvent: (event: SseEvent) => void): SseConnection {
  const controller = new AbortController();
  let markOpen: () => void = () => {};
  const opened = new Promise<void>((resolve) => (markOpen = resolve));
  const closed = (async () => {
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
    markOpen();
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = response.body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) event = line.slice(7);
          else if (line.startsWith('data: ')) data.push(line.slice(6));
        }
        if (data.length > 0) onEvent({ event, data: data.join('\n'), at: Date.now() });
      }
    }
  })().catch((error: unknown) => {
    if ((error as Error).name !== 'AbortError') throw error;
  });
  return { opened, closed, close: () => controller.abort() };
}
