import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { appointmentFields } from '../appointments/appointment-input';
import { checkAppointment, insertAppointment } from '../appointments/insert-appointment';
import { now } from '../clock';
import { customerAlert } from '../notifications/customer-alerts';
import { inTransaction } from '../transaction';
import { parseInput } from '../validation';
import { newJobFields, withCustomer } from './job-input';
import { insertJob } from './insert-job';
import { assertRoleMay, notifyJobChanged } from './mutate-job';
import { applyCreationStep, recordCreation } from './save-new-job';

export const createDirectJobInput = withCustomer(newJobFields.extend({ firstAppointment: appointmentFields.optional() }));

/** A provider's own job (no enterprise), optionally with its first visit: Unscheduled or Scheduled. */
export async function createDirectJob(actor: Actor, raw: z.input<typeof createDirectJobInput>) {
  const input = parseInput(createDirectJobInput, raw);
  assertRoleMay(actor, 'create_direct_job');
  return inTransaction(async (tx) => {
    const at = now();
    const owner = { organizationId: actor.organizationId, providerId: actor.organizationId, isDirect: true };
    let job = await insertJob(tx, owner, input, 'unscheduled', at);
    await recordCreation(tx, job, actor, at);
    const warnings: string[] = [];
    let appointmentId: string | null = null;
    if (input.firstAppointment) {
      const checked = await checkAppointment(tx, job, input.firstAppointment, at);
      warnings.push(...checked.warnings);
      const appointment = await insertAppointment(tx, job.id, checked, at);
      appointmentId = appointment.id;
      const created = job;
      job = await applyCreationStep(tx, job, actor, at, {
        event: { type: 'appointment.scheduled', appointmentId: appointment.id, details: { windowStart: appointment.windowStart.toISOString(), windowEnd: appointment.windowEnd.toISOString(), technicianId: appointment.technicianId } },
        messages: () => customerAlert(tx, 'appointment.scheduled', created, appointment),
        result: null,
      });
    }
    await notifyJobChanged(tx, job);
    return { jobId: job.id, number: job.number, status: job.status, appointmentId, warnings };
  });
}
