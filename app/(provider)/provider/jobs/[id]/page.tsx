import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActivityTimeline } from '@/components/jobs/activity-timeline';
import { AppointmentList } from '@/components/jobs/appointment-list';
import { CustomerCard } from '@/components/jobs/customer-card';
import { JobHeader } from '@/components/jobs/job-header';
import { MessageList } from '@/components/jobs/message-list';
import { SurveyAnswer } from '@/components/jobs/survey-answer';
import { LiveUpdates } from '@/components/live/live-updates';
import { AppointmentControls } from '@/components/provider/appointment-controls';
import { ProviderJobActions } from '@/components/provider/provider-job-actions';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { instantToZonedParts } from '@/lib/domain/zoned-time';
import { isAppError } from '@/lib/server/errors';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { findTechnicians } from '@/lib/server/users/find-technicians';

export const metadata: Metadata = { title: 'Job' };

export default async function ProviderJobPage({ params }: PageProps<'/provider/jobs/[id]'>) {
  const { id } = await params;
  const actor = actorOf(await requireUser('provider'));
  const detail = await getJobOrThrow(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const technicians = await findTechnicians(actor);
  const { job } = detail;
  const today = instantToZonedParts(new Date(), job.timeZone).date;

  return (
    <main className="grid gap-6">
      <LiveUpdates jobId={id} />
      <JobHeader detail={detail} actions={<ProviderJobActions detail={detail} technicians={technicians} today={today} />} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="grid content-start gap-6">
          <AppointmentList
            appointments={detail.appointments}
            timeZone={job.timeZone}
            actions={(a) => <AppointmentControls detail={detail} appointment={a} technicians={technicians} />}
          />
          <ActivityTimeline events={detail.events} timeZone={job.timeZone} />
        </div>
        <aside className="grid content-start gap-4">
          <CustomerCard detail={detail} />
          <SurveyAnswer jobId={detail.job.id} timeZone={detail.job.timeZone} />
          <MessageList messages={detail.messages} timeZone={detail.job.timeZone} />
        </aside>
      </div>
    </main>
  );
}
