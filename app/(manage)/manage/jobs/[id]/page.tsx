import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActivityTimeline } from '@/components/jobs/activity-timeline';
import { AppointmentList } from '@/components/jobs/appointment-list';
import { CustomerCard } from '@/components/jobs/customer-card';
import { JobHeader } from '@/components/jobs/job-header';
import { MessageList } from '@/components/jobs/message-list';
import { SurveyAnswer } from '@/components/jobs/survey-answer';
import { LiveUpdates } from '@/components/live/live-updates';
import { ManageJobActions } from '@/components/manage/manage-job-actions';
import { OfferHistory } from '@/components/manage/offer-history';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { isAppError } from '@/lib/server/errors';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { findNetworkProviders } from '@/lib/server/network/find-network-providers';

export const metadata: Metadata = { title: 'Job' };

export default async function ManageJobPage({ params }: PageProps<'/manage/jobs/[id]'>) {
  const { id } = await params;
  const actor = actorOf(await requireUser('enterprise'));
  const detail = await getJobOrThrow(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const providers = await findNetworkProviders(actor);
  return (
    <main className="grid gap-6">
      <LiveUpdates jobId={detail.job.id} />
      <JobHeader detail={detail} actions={<ManageJobActions detail={detail} providers={providers} />} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="grid content-start gap-6">
          <AppointmentList appointments={detail.appointments} timeZone={detail.job.timeZone} />
          <ActivityTimeline events={detail.events} timeZone={detail.job.timeZone} />
        </div>
        <aside className="grid content-start gap-4">
          <CustomerCard detail={detail} />
          <SurveyAnswer jobId={detail.job.id} timeZone={detail.job.timeZone} />
          <MessageList messages={detail.messages} timeZone={detail.job.timeZone} />
          <OfferHistory detail={detail} />
        </aside>
      </div>
    </main>
  );
}
