import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { JobDetail } from '@/lib/server/jobs/get-job-or-throw';

export function CustomerCard({ detail }: { detail: JobDetail }) {
  const { job, customer } = detail;
  const address = [job.addressLine1, job.addressLine2, `${job.city}, ${job.region} ${job.postalCode}`].filter(Boolean).join(', ');
  const mapUrl = `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Customer</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-1 text-sm">
        <p className="font-medium">{customer.name}</p>
        {customer.phone && (
          <a href={`tel:${customer.phone}`} className="underline-offset-2 hover:underline">
            {customer.phone}
          </a>
        )}
        {customer.email && (
          <a href={`mailto:${customer.email}`} className="underline-offset-2 hover:underline">
            {customer.email}
          </a>
        )}
        {!customer.phone && !customer.email && <p className="text-muted-foreground">Contact details appear once the offer is accepted.</p>}
        {customer.smsOptedOut && <p className="text-muted-foreground">Replied STOP: gets no text alerts.</p>}
        <p className="mt-2">{address}</p>
        <p className="text-xs text-muted-foreground">Time zone {job.timeZone}</p>
        <a href={mapUrl} target="_blank" rel="noreferrer" className="text-sm underline underline-offset-2">
          Open in maps
        </a>
        {job.description && <p className="mt-2 whitespace-pre-line text-muted-foreground">{job.description}</p>}
      </CardContent>
    </Card>
  );
}
