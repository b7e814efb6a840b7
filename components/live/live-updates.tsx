'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { isOwnCommand } from '@/components/commands/own-commands';
import { Button } from '@/components/ui/button';
import { openLiveSource, type LiveSource } from './live-source';

type Props = {
  /** On a job page: react only to that job (and to "refresh everything" messages). */
  jobId?: string;
};

type JobMessage = { jobId?: string; commandId?: string };

const DEBOUNCE_MS = 150;

/**
 * Keeps the page current: listens to /api/live and re-renders the server components shortly
 * after a change the user may see (a burst of changes becomes one render). The echo of this
 * tab's own action is skipped: that action's response already re-rendered the page. When newer
 * tabs of the same person took this one's place, it says so and offers to resume.
 */
export function LiveUpdates({ jobId }: Props) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);
  const live = useRef<LiveSource | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      // Offline, a refresh would fail into the browser's offline page; the stream's reconnect catches up instead.
      timer = setTimeout(() => navigator.onLine && router.refresh(), DEBOUNCE_MS);
    };
    live.current = openLiveSource(
      '/api/live',
      {
        job: (data) => {
          const message = data as JobMessage;
          if (isOwnCommand(message.commandId)) return;
          if (!jobId || !message.jobId || message.jobId === jobId) refresh();
        },
      },
      { onCatchUp: refresh, onPaused: setPaused },
    );
    return () => {
      clearTimeout(timer);
      live.current?.close();
    };
  }, [jobId, router]);

  if (!paused) return null;
  return (
    <div role="status" className="fixed bottom-4 left-4 z-40 flex items-center gap-3 rounded-lg border border-border bg-background px-4 py-2 text-sm shadow-md">
      Live updates are paused here while your newer tabs are open.
      <Button size="sm" variant="outline" onClick={() => live.current?.resume()}>
        Resume
      </Button>
    </div>
  );
}
