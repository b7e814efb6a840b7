import { cancelJobAction, reopenJobAction, requestUpdateAction, withdrawOfferAction } from '@/lib/actions/manage-job-actions';
import type { JobDetail } from '@/lib/server/jobs/get-job-or-throw';
import { CancelJobDialog } from '@/components/jobs/cancel-job-dialog';
import { SimpleActionButton } from '@/components/jobs/simple-action-button';
import { OfferDialog } from './offer-dialog';

/** The enterprise's buttons for the job's current status, and only those. */
export function ManageJobActions({ detail, providers }: { detail: JobDetail; providers: { id: string; name: string }[] }) {
  const { job, actions } = detail;
  const may = (a: (typeof actions)[number]) => actions.includes(a);
  return (
    <>
      {may('offer_job') && <OfferDialog jobId={job.id} providers={providers} />}
      {may('withdraw_offer') && <SimpleActionButton jobId={job.id} label="Withdraw offer" success="Offer withdrawn." action={withdrawOfferAction} />}
      {may('request_update') && <SimpleActionButton jobId={job.id} label="Request Update" success="Update requested from the provider." action={requestUpdateAction} />}
      {may('cancel_job') && <CancelJobDialog jobId={job.id} action={cancelJobAction} />}
      {may('reopen_job') && <SimpleActionButton jobId={job.id} label="Reopen Job" success="Job reopened." action={reopenJobAction} />}
    </>
  );
}
