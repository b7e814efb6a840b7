'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { APPOINTMENT_STATUS_STYLES } from '@/components/jobs/status-styles';
import type { AppointmentStatus } from '@/lib/domain/statuses';
import type { TrackingView } from '@/lib/server/tracking/get-tracking-view';
import { openLiveSource } from '@/components/live/live-source';
import { LinkExpired } from './customer-page';

type LiveView = Extract<TrackingView, { state: 'live' }>;

// Words for the customer, not the dispatcher's "On My Way".
const CUSTOMER_LABELS: Record<AppointmentStatus, string> = {
  scheduled: 'Scheduled',
  enroute: 'On the way',
  started: 'Started',
  complete: 'Completed',
  canceled: 'Canceled',
};

function detail(view: LiveView): string {
  const who = view.technicianFirstName ?? 'Your technician';
  switch (view.status) {
    case 'scheduled':
      return `${view.providerName} will arrive during the window below.`;
    case 'enroute':
      return view.eta ? `${who} should arrive around ${view.eta}.` : `${who} is on the way.`;
    case 'started':
      return `${who} has arrived and started work.`;
    case 'complete':
      return 'Your visit is complete. Thank you!';
    case 'canceled':
      return 'This visit was canceled. Your service provider will be in touch.';
  }
}

async function fetchView(token: string): Promise<TrackingView> {
  const response = await fetch(`/api/tracking/${encodeURIComponent(token)}`, { cache: 'no-store' });
  return (await response.json()) as TrackingView;
}

// Only when the stream cannot get through (a proxy that buffers or blocks it).
const FALLBACK_POLL_MS = 15_000;

/**
 * The visit as it is now: the server pushes the whole view after every change to the visit's
 * job, so the page follows On the way and Started without a reload and without polling.
 */
export function LiveTracking({ token, initial }: { token: string; initial: LiveView }) {
  const queryClient = useQueryClient();
  const [polling, setPolling] = useState(false);
  const queryKey = ['tracking', token];
  const { data } = useQuery({
    queryKey,
    queryFn: () => fetchView(token),
    initialData: initial,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchInterval: polling ? FALLBACK_POLL_MS : false,
  });
  useEffect(() => {
    const key = ['tracking', token];
    const live = openLiveSource(`/api/tracking/${encodeURIComponent(token)}/live`, {
      visit: (view) => queryClient.setQueryData(key, view as TrackingView),
    }, {
      onCatchUp: () => void queryClient.invalidateQueries({ queryKey: key }),
      onUnavailable: () => setPolling(true),
    });
    return live.close;
  }, [queryClient, token]);
  if (data.state === 'expired') return <LinkExpired />;
  const view = data.state === 'live' ? data : initial;
  const style = APPOINTMENT_STATUS_STYLES[view.status];
  return (
    <div className="grid gap-5">
      <section aria-labelledby="status-heading" className={cn('grid gap-2 rounded-lg border p-5', style.border)}>
        <p className="text-sm text-muted-foreground">{view.providerName}</p>
        <h2 id="status-heading" className="text-3xl font-semibold" aria-live="polite">
          <span className={cn('mr-2 inline-block size-3 rounded-full align-middle', style.dot)} aria-hidden="true" />
          {CUSTOMER_LABELS[view.status]}
        </h2>
        <p className="text-base">{detail(view)}</p>
      </section>
      <dl className="grid gap-3 rounded-lg border p-5 text-base">
        <div className="grid gap-0.5">
          <dt className="text-sm text-muted-foreground">Arrival window</dt>
          <dd>{view.window}</dd>
        </div>
        {view.technicianFirstName && (
          <div className="grid gap-0.5">
            <dt className="text-sm text-muted-foreground">Technician</dt>
            <dd>{view.technicianFirstName}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
