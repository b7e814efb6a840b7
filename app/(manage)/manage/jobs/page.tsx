import type { Metadata } from 'next';
import { JobsListView } from '@/components/jobs/jobs-list-view';
import { readListParams } from '@/components/jobs/list-params';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { JOB_STATUSES } from '@/lib/domain/statuses';
import { countJobsByStatus } from '@/lib/server/jobs/count-jobs-by-status';
import { findJobs } from '@/lib/server/jobs/find-jobs';

export const metadata: Metadata = { title: 'Jobs' };

export default async function ManageJobsPage({ searchParams }: PageProps<'/manage/jobs'>) {
  const actor = actorOf(await requireUser('enterprise'));
  const params = readListParams(await searchParams);
  const [list, counts] = await Promise.all([findJobs(actor, params), countJobsByStatus(actor, { q: params.q })]);
  return (
    <main className="grid gap-4">
      <h1 className="text-xl font-semibold tracking-tight">Jobs</h1>
      <JobsListView
        base="/manage/jobs"
        params={params}
        statuses={JOB_STATUSES}
        counts={counts}
        rows={list.jobs}
        nextCursor={list.nextCursor}
        showProvider
        searchPlaceholder="Job number, customer, phone, address, external id"
      />
    </main>
  );
}
