import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { mutateJob } from '../jobs/mutate-job';
import { customerAlert } from '../notifications/customer-alerts';
import { id, parseInput } from '../validation';
import { appointmentFields } from './appointment-input';
import { checkAppointment, insertAppointment } from './insert-appointment';
import { scheduledEvent } from './scheduled-event';

export const scheduleAppointmentInput = appointmentFields.extend({ jobId: id });

/** Books a visit on a job the provider holds (also reopens a Complete job). */
export async function scheduleAppointment(actor: Actor, raw: z.input<typeof scheduleAppointmentInput>) {
  const input = parseInput(scheduleAppointmentInput, raw);
  return mutateJob(actor, input.jobId, 'schedule_appointment', async ({ tx, job, at }) => {
    const checked = await checkAppointment(tx, job, input, at);
    const appointment = await insertAppointment(tx, job.id, checked, at);
    return {
      event: scheduledEvent(appointment),
      messages: (saved) => customerAlert(tx, 'appointment.scheduled', saved, appointment),
      result: { appointmentId: appointment.id, warnings: checked.warnings },
    };
  });
}
