import { instantToZonedParts } from '@/lib/domain/zoned-time';
import type { JobDetail } from '@/lib/server/jobs/get-job-or-throw';
import { AppointmentButtons } from './appointment-buttons';
import { CancelAppointmentDialog } from './cancel-appointment-dialog';
import { ReassignDialog } from './reassign-dialog';
import { RescheduleDialog } from './reschedule-dialog';

type Props = {
  detail: JobDetail;
  appointment: JobDetail['appointments'][number];
  technicians: { id: string; name: string }[];
  isDispatcher: boolean;
};

/** Per-visit buttons on the job page: statusing first, then the dispatcher's schedule changes, each only when allowed now. */
export function AppointmentControls({ detail, appointment: a, technicians, isDispatcher }: Props) {
  const { job, actions } = detail;
  const may = (action: (typeof actions)[number]) => actions.includes(action);
  const canStatus = may('mark_enroute') || may('start_appointment') || may('complete_appointment');
  const scheduled = a.status === 'scheduled';
  const open = scheduled || a.status === 'enroute' || a.status === 'started';
  const start = instantToZonedParts(a.windowStart, job.timeZone);
  const current = { date: start.date, windowStart: start.time, windowEnd: instantToZonedParts(a.windowEnd, job.timeZone).time, technicianId: a.technicianId };
  const ids = { jobId: job.id, appointmentId: a.id };
  if (!open) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canStatus && <AppointmentButtons {...ids} status={a.status} reasons={detail.completeReasons} canCompleteFromScheduled={isDispatcher} />}
      {scheduled && may('reschedule_appointment') && <RescheduleDialog {...ids} timeZone={job.timeZone} technicians={technicians} current={current} />}
      {scheduled && may('reassign_appointment') && <ReassignDialog {...ids} technicians={technicians} technicianId={a.technicianId} />}
      {may('cancel_appointment') && <CancelAppointmentDialog {...ids} />}
    </div>
  );
}
