import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatInZone } from '@/lib/format/time';
import type { JobDetail } from '@/lib/server/jobs/get-job-or-throw';

const OUTCOME = { pending: 'Waiting for an answer', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn', expired: 'Expired' } as const;

function took(from: Date, to: Date | null): string {
  if (!to) return '';
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  return minutes < 120 ? ` after ${minutes} min` : ` after ${Math.round(minutes / 60)} h`;
}

/** Who was offered the job, when, and how each offer ended. */
export function OfferHistory({ detail }: { detail: JobDetail }) {
  const tz = detail.job.timeZone;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Provider</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p className="font-medium">{detail.providerName ?? 'No provider yet'}</p>
        {detail.offers.length > 0 && (
          <ol aria-label="Offer history" className="grid gap-2">
            {detail.offers.map((o) => (
              <li key={o.id} className="border-l-2 border-border pl-3">
                <p className="font-medium">{o.providerName}</p>
                <p className="text-muted-foreground">
                  Offered {formatInZone(o.offeredAt, tz)} · {OUTCOME[o.status]}
                  {took(o.offeredAt, o.respondedAt)}
                  {o.status === 'pending' && o.expiresAt && ` · expires ${formatInZone(o.expiresAt, tz)}`}
                </p>
                {o.declineReason && <p>Reason: {o.declineReason}</p>}
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
