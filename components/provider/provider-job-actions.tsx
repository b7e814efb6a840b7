import { cancelJobAsProviderAction, completeJobAction, reopenJobAsProviderAction } from '@/lib/actions/provider-job-actions';
import { formatInZone } from '@/lib/format/time';
import type { JobDetail } from '@/lib/server/jobs/get-job-or-throw';
import { CancelJobDialog } from '@/components/jobs/cancel-job-dialog';
import { SimpleActionButton } from '@/components/jobs/simple-action-button';
import { OfferActions } from './offer-actions';
import { ScheduleDialog } from './schedule-dialog';

/** When the provider's pending offer runs out, in the service address's zone, if it ever does. */
function answerBy({ offers, job }: JobDetail): string | undefined {
  const deadline = offers.find((o) => o.status === 'pending')?.expiresAt;
  return deadline ? formatInZone(deadline, job.timeZone) : undefined;
}

type Props = { detail: JobDetail; technicians: { id: string; name: string }[]; today: string };

/** The buttons for what this provider user may do to the job now, and only those. */
export function ProviderJobActions({ detail, technicians, today }: Props) {
  const { job, actions } = detail;
  const may = (a: (typeof actions)[number]) => actions.includes(a);
  return (
    <>
      {may('accept_offer') && <OfferActions jobId={job.id} answerBy={answerBy(detail)} />}
      {may('schedule_appointment') && <ScheduleDialog jobId={job.id} timeZone={job.timeZone} technicians={technicians} defaultDate={today} />}
      {may('complete_job') && <SimpleActionButton jobId={job.id} label="Complete Job" success="Job completed." action={completeJobAction} />}
      {may('cancel_job') && <CancelJobDialog jobId={job.id} action={cancelJobAsProviderAction} />}
      {may('reopen_job') && <SimpleActionButton jobId={job.id} label="Reopen Job" success="Job reopened." action={reopenJobAsProviderAction} />}
    </>
  );
}
