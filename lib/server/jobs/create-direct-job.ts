import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { appointmentFields } from '../appointments/appointment-input';
import { checkAppointment, insertAppointment } from '../appointments/insert-appointment';
import { scheduledEvent } from '../appointments/scheduled-event';
import { customerAlert } from '../notifications/customer-alerts';
import { parseInput } from '../validation';
import { createJobRecord, type CreationStep } from './create-job-record';
import { newJobFields, withCustomer } from './job-input';
import { prepareJobRow } from './insert-job';

export const createDirectJobInput = withCustomer(newJobFields.extend({ firstAppointment: appointmentFields.optional() }));

/** A provider's own job (no enterprise), optionally with its first visit: Unscheduled or Scheduled. */
export async function createDirectJob(actor: Actor, raw: z.input<typeof createDirectJobInput>) {
  const input = parseInput(createDirectJobInput, raw);
  return createJobRecord(actor, 'create_direct_job', async ({ tx, at }) => {
    const owner = { organizationId: actor.organizationId, providerId: actor.organizationId, isDirect: true };
    const row = await prepareJobRow(tx, owner, input, at);
    const checked = input.firstAppointment ? await checkAppointment(tx, row, input.firstAppointment, at) : null;
    let appointmentId: string | null = null;
    const step: CreationStep | undefined = checked
      ? {
          adds: { offers: [], appointments: [{ status: 'scheduled', windowStart: checked.windowStart, createdAt: at, completedAt: null, reasonEffect: null }] },
          write: async (tx, job) => {
            const appointment = await insertAppointment(tx, job.id, checked, at);
            appointmentId = appointment.id;
            return {
              event: scheduledEvent(appointment),
              messages: await customerAlert(tx, 'appointment.scheduled', job, appointment),
              audience: { offeredTo: null, providerIds: [], technicianIds: appointment.technicianId ? [appointment.technicianId] : [], appointmentIds: [appointment.id] },
            };
          },
        }
      : undefined;
    return {
      row,
      step,
      result: (job) => ({ jobId: job.id, number: job.number, status: job.status, appointmentId, warnings: checked?.warnings ?? [] }),
    };
  });
}
