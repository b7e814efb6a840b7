'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { isOwnCommand } from '@/components/commands/own-commands';
import { openLiveSource } from './live-source';

type Props = {
  /** On a job page: react only to that job (and to "refresh everything" messages). */
  jobId?: string;
};

type JobMessage = { jobId?: string; commandId?: string };

const DEBOUNCE_MS = 150;

/**
 * Keeps the page current: listens to /api/live and re-renders the server components shortly
 * after a change the user may see (a burst of changes becomes one render). The echo of this
 * tab's own action is skipped: that action's response already re-rendered the page.
 */
export function LiveUpdates({ jobId }: Props) {
  const router = useRouter();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      // Offline, a refresh would fail into the browser's offline page; the stream's reconnect catches up instead.
      timer = setTimeout(() => navigator.onLine && router.refresh(), DEBOUNCE_MS);
    };
    const close = openLiveSource(
      '/api/live',
      {
        job: (data) => {
          const message = data as JobMessage;
          if (isOwnCommand(message.commandId)) return;
          if (!jobId || !message.jobId || message.jobId === jobId) refresh();
        },
      },
      { onCatchUp: refresh },
    );
    return () => {
      clearTimeout(timer);
      close();
    };
  }, [jobId, router]);

  return null;
}
