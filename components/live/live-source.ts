'use client';

type Handlers = Record<string, (data: unknown) => void>;

type Options = {
  /** Called when changes may have been missed (a dropped stream came back, the network returned). */
  onCatchUp: () => void;
  /** Called when the stream is unavailable for good (e.g. blocked by a proxy), to fall back to polling. */
  onUnavailable?: () => void;
  /** Called with true when a newer tab of the same person took this stream's place, false when it is back. */
  onPaused?: (paused: boolean) => void;
};

export type LiveSource = { close: () => void; resume: () => void };

/**
 * One EventSource with the behaviour every live view needs: catch up after a drop or time
 * offline (but never refresh while offline, which would show the browser's offline page),
 * back off when the server refuses, and, when a newer tab of the same person took this one's
 * place, wait until this tab is used again (shown, focused, touched, or Resume) before taking
 * it back: tabs in the background do not fight over the per-person limit.
 */
export function openLiveSource(url: string, handlers: Handlers, { onCatchUp, onUnavailable, onPaused }: Options): LiveSource {
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
  const resume = () => {
    if (!superseded || stopped || document.visibilityState !== 'visible') return;
    superseded = false;
    onPaused?.(false);
    connect(0);
    catchUp();
  };
  const RESUME_ON = ['visibilitychange', 'focus', 'pointerdown', 'keydown'] as const;

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
      onPaused?.(true);
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
  for (const event of RESUME_ON) window.addEventListener(event, resume);
  connect(0);
  return {
    resume,
    close: () => {
      stopped = true;
      window.removeEventListener('online', onOnline);
      for (const event of RESUME_ON) window.removeEventListener(event, resume);
      clearTimeout(reopen);
      source?.close();
    },
  };
}
