'use client';

type Handlers = Record<string, (data: unknown) => void>;

type Options = {
  /** Called when changes may have been missed (a dropped stream came back, the network returned). */
  onCatchUp: () => void;
  /** Called when the stream is unavailable for good (e.g. blocked by a proxy), to fall back to polling. */
  onUnavailable?: () => void;
};

/**
 * One EventSource with the behaviour every live view needs: catch up after a drop or time
 * offline (but never refresh while offline, which would show the browser's offline page),
 * back off when the server refuses, and, when a newer tab of the same person took this one's
 * place, wait until this tab is looked at again before taking it back.
 */
export function openLiveSource(url: string, handlers: Handlers, { onCatchUp, onUnavailable }: Options): () => void {
  let source: EventSource | undefined;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let dropped = false;
  let stopped = false;
  let superseded = false;
  let everOpened = false;
  let failures = 0;

  // Offline, the catch-up waits for the network: the 'online' event below does it then.
  const catchUp = () => {
    if (navigator.onLine) onCatchUp();
  };
  // Whether or not the stream noticed the outage, what happened meanwhile may not have arrived.
  const onOnline = () => onCatchUp();
  const onVisible = () => {
    if (!superseded || document.visibilityState !== 'visible') return;
    superseded = false;
    connect(0);
    catchUp();
  };

  const connect = (attempt: number) => {
    source = new EventSource(url);
    source.addEventListener('open', () => {
      everOpened = true;
      failures = 0;
      if (dropped) catchUp();
      dropped = false;
      attempt = 0;
    });
    for (const [event, handle] of Object.entries(handlers)) {
      source.addEventListener(event, (e) => handle(JSON.parse((e as MessageEvent<string>).data)));
    }
    source.addEventListener('superseded', () => {
      superseded = true;
      source?.close();
    });
    source.addEventListener('error', () => {
      if (superseded) return;
      dropped = true;
      failures += 1;
      if (!everOpened && failures >= 3) onUnavailable?.();
      // The browser retries by itself unless the server refused the stream (e.g. signed out); then back off and try again.
      if (source?.readyState === EventSource.CLOSED && !stopped) {
        source.close();
        reopen = setTimeout(() => connect(attempt + 1), Math.min(1000 * 2 ** attempt, 30_000));
      }
    });
  };

  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  connect(0);
  return () => {
    stopped = true;
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    clearTimeout(reopen);
    source?.close();
  };
}
