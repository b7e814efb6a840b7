'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

type Props = {
  /** On a job page: react only to that job (and to "refresh everything" messages). */
  jobId?: string;
};

const DEBOUNCE_MS = 250;

/**
 * Keeps the page current: listens to /api/live and re-renders the server components (and
 * refetches job queries) shortly after a change the user may see. After a dropped stream, or
 * time offline, it refreshes once on reconnect, since changes in between were not heard.
 */
export function LiveUpdates({ jobId }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let source: EventSource | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let dropped = false;
    let stopped = false;

    let missed = false;
    const refresh = () => {
      clearTimeout(timer);
      // Several changes in a burst (one action writes one notification per job) become one refresh.
      timer = setTimeout(() => {
        // Offline, a refresh would fail and Next.js would fall back to a full page load: the
        // browser's offline page. Catch up when the network is back instead.
        if (!navigator.onLine) {
          missed = true;
          return;
        }
        void queryClient.invalidateQueries({ queryKey: ['jobs'] });
        router.refresh();
      }, DEBOUNCE_MS);
    };
    const onOnline = () => {
      if (missed) refresh();
      missed = false;
    };
    window.addEventListener('online', onOnline);

    const connect = (attempt: number) => {
      source = new EventSource('/api/live');
      source.addEventListener('open', () => {
        if (dropped) refresh();
        dropped = false;
        attempt = 0;
      });
      source.addEventListener('job', (event) => {
        const message = JSON.parse((event as MessageEvent<string>).data) as { jobId?: string };
        if (!jobId || !message.jobId || message.jobId === jobId) refresh();
      });
      source.addEventListener('error', () => {
        dropped = true;
        // The browser retries by itself unless the server refused the stream (e.g. signed out); then back off and try again.
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          reopen = setTimeout(() => connect(attempt + 1), Math.min(1000 * 2 ** attempt, 30_000));
        }
      });
    };

    connect(0);
    return () => {
      stopped = true;
      window.removeEventListener('online', onOnline);
      clearTimeout(timer);
      clearTimeout(reopen);
      source?.close();
    };
  }, [jobId, queryClient, router]);

  return null;
}
