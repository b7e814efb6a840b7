import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { JobsListView } from '@/components/jobs/jobs-list-view';
import { LiveUpdates } from '@/components/live/live-updates';
import { readListParams } from '@/components/jobs/list-params';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { PROVIDER_JOB_STATUSES } from '@/lib/domain/statuses';
import { countJobsByStatus } from '@/lib/server/jobs/count-jobs-by-status';
import { findJobs } from '@/lib/server/jobs/find-jobs';

export const metadata: Metadata = { title: 'Jobs' };

export default async function ProviderJobsPage({ searchParams }: PageProps<'/provider'>) {
  const user = await requireUser('provider');
  if (user.role === 'technician') redirect('/provider/today');
  const actor = actorOf(user);
  const params = readListParams(await searchParams);
  const list = await findJobs(actor, params);
  const counts = countJobsByStatus(actor, { q: params.q });
  return (
    <main className="grid gap-4">
      <LiveUpdates />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold tracking-tight">Jobs</h1>
        <Button asChild>
          <Link href="/provider/jobs/new">New job</Link>
        </Button>
      </div>
      <JobsListView
        base="/provider"
        params={params}
        statuses={PROVIDER_JOB_STATUSES}
        counts={counts}
        rows={list.jobs}
        nextCursor={list.nextCursor}
        showProvider={false}
        searchPlaceholder="Job number, customer, phone or address"
      />
    </main>
  );
}
