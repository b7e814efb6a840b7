import 'server-only';
import { getDb } from '@/db/client';
import type { AppointmentStatus } from '@/lib/domain/statuses';
import { formatInZone, formatWindow } from '@/lib/format/time';
import { findByToken } from './find-by-token';

/**
 * Everything the public tracking page may show, and nothing more: no address, no customer,
 * no job scope. Plain strings, so the page and its polling route send the same thing.
 */
export type TrackingView =
  | { state: 'missing' }
  | { state: 'expired' }
  | {
      state: 'live';
      providerName: string;
      technicianFirstName: string | null;
      window: string;
      status: AppointmentStatus;
      /** The arrival estimate as a clock time in the service zone, while on the way. */
      eta: string | null;
    };

export async function getTrackingView(token: string): Promise<TrackingView> {
  const found = await findByToken(await getDb(), token);
  if (found.state === 'missing') return { state: 'missing' };
  if (found.state === 'expired') return { state: 'expired' };
  const { appointment: a, job } = found;
  return {
    state: 'live',
    providerName: found.providerName,
    technicianFirstName: found.technicianName?.trim().split(/\s+/)[0] ?? null,
    window: formatWindow(a.windowStart, a.windowEnd, job.timeZone),
    status: a.status,
    eta: a.status === 'enroute' && a.etaAt ? formatInZone(a.etaAt, job.timeZone, { timeOnly: true }) : null,
  };
}
