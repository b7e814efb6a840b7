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
};

/** Per-visit buttons on the job page, exactly those the server allows now: statusing first, then the dispatcher's schedule changes. */
export function AppointmentControls({ detail, appointment: a, technicians }: Props) {
  const { job } = detail;
  const may = (action: (typeof a.actions)[number]) => a.actions.includes(action);
  const start = instantToZonedParts(a.windowStart, job.timeZone);
  const current = { date: start.date, windowStart: start.time, windowEnd: instantToZonedParts(a.windowEnd, job.timeZone).time, technicianId: a.technicianId };
  const ids = { jobId: job.id, appointmentId: a.id };
  if (a.actions.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <AppointmentButtons {...ids} actions={a.actions} reasons={detail.completeReasons} />
      {may('reschedule_appointment') && <RescheduleDialog {...ids} timeZone={job.timeZone} technicians={technicians} current={current} />}
      {may('reassign_appointment') && <ReassignDialog {...ids} technicians={technicians} technicianId={a.technicianId} />}
      {may('cancel_appointment') && <CancelAppointmentDialog {...ids} />}
    </div>
  );
}
