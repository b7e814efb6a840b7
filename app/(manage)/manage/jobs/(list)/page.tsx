import type { Metadata } from 'next';
import Link from 'next/link';
import { JobsListView } from '@/components/jobs/jobs-list-view';
import { LiveUpdates } from '@/components/live/live-updates';
import { listQuery, readListParams } from '@/components/jobs/list-params';
import { Button } from '@/components/ui/button';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { JOB_STATUSES } from '@/lib/domain/statuses';
import { countJobsByStatus } from '@/lib/server/jobs/count-jobs-by-status';
import { findJobs } from '@/lib/server/jobs/find-jobs';
import { findNetworkProviders } from '@/lib/server/network/find-network-providers';
import { organizationTimeZone } from '@/lib/server/settings/organization-time-zone';

export const metadata: Metadata = { title: 'Jobs' };

export default async function ManageJobsPage({ searchParams }: PageProps<'/manage/jobs'>) {
  const actor = actorOf(await requireUser('enterprise'));
  const params = readListParams(await searchParams);
  const [timeZone, providers] = await Promise.all([organizationTimeZone(actor), findNetworkProviders(actor)]);
  const list = await findJobs(actor, { ...params, timeZone });
  const counts = countJobsByStatus(actor, { ...params, timeZone });
  const exportQuery = listQuery({ ...params, cursor: undefined });
  return (
    <main className="grid gap-4">
      <LiveUpdates />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold tracking-tight">Jobs</h1>
        <Button asChild>
          <Link href="/manage/jobs/new">New job</Link>
        </Button>
      </div>
      <JobsListView
        base="/manage/jobs"
        params={params}
        statuses={JOB_STATUSES}
        counts={counts}
        rows={list.jobs}
        nextCursor={list.nextCursor}
        showProvider
        providers={providers}
        searchPlaceholder="Job number, customer, phone, address, external id"
        tools={
          <a href={`/api/jobs/export${exportQuery ? `?${exportQuery}` : ''}`} className="text-sm font-medium underline underline-offset-2" download>
            Export CSV
          </a>
        }
      />
    </main>
  );
}
