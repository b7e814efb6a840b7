import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeliveryState, MessageText } from '@/components/jobs/message-list';
import { EmptyState } from '@/components/ui/empty-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { actorOf, homeFor, requireUser } from '@/lib/auth/current-user';
import { isDevTransportActive } from '@/lib/server/notifications/active-transport';
import { findDevOutbox } from '@/lib/server/outbox/find-dev-outbox';
import { ReplyForm } from './reply-form';

export const metadata: Metadata = { title: 'Development outbox' };
export const dynamic = 'force-dynamic';

/** What customers would have received, while no real SMS provider is configured. */
export default async function DevOutboxPage() {
  if (!isDevTransportActive()) notFound();
  const user = await requireUser();
  const messages = await findDevOutbox(actorOf(user));
  const jobHref = (jobId: string) => `${user.organizationKind === 'enterprise' ? '/manage' : '/provider'}/jobs/${jobId}`;
  const numbers = [...new Set(messages.map((m) => m.recipient))];

  return (
    <main className="mx-auto grid max-w-6xl gap-6 px-4 py-8">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Development outbox</h1>
        <p className="text-sm text-muted-foreground">
          No SMS provider is configured, so texts to customers stay here instead of going out. You see the texts about your organization&apos;s jobs.{' '}
          <Link href={homeFor(user)} className="underline">
            Back to the portal
          </Link>
        </p>
      </header>
      {messages.length === 0 ? (
        <EmptyState title="No texts yet" description="Schedule a visit or press On My Way on a job, and the customer's text appears here." />
      ) : (
        <>
          <section aria-labelledby="reply-heading" className="grid gap-2 rounded-lg border p-4">
            <h2 id="reply-heading" className="font-medium">
              Reply as a customer
            </h2>
            <ReplyForm numbers={numbers} />
          </section>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Time</TableHead>
                <TableHead>To</TableHead>
                <TableHead>Job</TableHead>
                <TableHead>Message</TableHead>
                <TableHead>State</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {messages.map((m) => (
                <TableRow key={m.id}>
                  <TableCell className="align-top">
                    <RelativeTime date={m.createdAt} timeZone={m.timeZone} />
                  </TableCell>
                  <TableCell className="align-top font-mono text-xs">{m.recipient}</TableCell>
                  <TableCell className="align-top">
                    {m.jobId && (
                      <Link href={jobHref(m.jobId)} className="underline">
                        #{m.jobNumber}
                      </Link>
                    )}
                  </TableCell>
                  <TableCell className="max-w-md align-top">
                    <MessageText body={m.body} />
                  </TableCell>
                  <TableCell className="align-top">
                    <DeliveryState message={m} timeZone={m.timeZone} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </main>
  );
}
