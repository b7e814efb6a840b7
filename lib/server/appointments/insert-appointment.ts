import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { appointments, type Appointment, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import { checkWindow, windowsOverlap } from '@/lib/domain/appointment-window';
import { OPEN_APPOINTMENT_STATUSES } from '@/lib/domain/statuses';
import { invalidInput } from '../errors';
import type { AppointmentFields } from './appointment-input';
import { getAssignableTechnicianOrThrow } from './technicians';

export type CheckedWindow = { windowStart: Date; windowEnd: Date; technicianId: string | null; warnings: string[] };

/** Validates a visit for a job (window rules, technician of the job's provider) and finds overlaps to warn about. */
export async function checkAppointment(
  tx: Tx,
  job: Pick<Job, 'timeZone' | 'providerId'>,
  fields: AppointmentFields,
  at: Date,
  ignoreAppointmentId?: string,
): Promise<CheckedWindow> {
  const window = checkWindow(fields, job.timeZone, at);
  if (!window.ok) {
    const first = Object.values(window.fieldErrors).flat()[0] ?? 'Check the appointment window.';
    throw invalidInput(first, window.fieldErrors);
  }
  const warnings: string[] = [];
  if (fields.technicianId) {
    const tech = await getAssignableTechnicianOrThrow(tx, job.providerId!, fields.technicianId);
    const others = await tx
      .select({ windowStart: appointments.windowStart, windowEnd: appointments.windowEnd })
      .from(appointments)
      .where(
        and(
          eq(appointments.technicianId, tech.id),
          inArray(appointments.status, [...OPEN_APPOINTMENT_STATUSES]),
          ignoreAppointmentId ? ne(appointments.id, ignoreAppointmentId) : undefined,
        ),
      );
    if (others.some((o) => windowsOverlap(o, window))) {
      warnings.push(`${tech.name} already has a visit in that window.`);
    }
  }
  return { windowStart: window.windowStart, windowEnd: window.windowEnd, technicianId: fields.technicianId ?? null, warnings };
}

export async function insertAppointment(tx: Tx, jobId: string, checked: CheckedWindow, at: Date): Promise<Appointment> {
  const [row] = await tx
    .insert(appointments)
    .values({
      jobId,
      technicianId: checked.technicianId,
      windowStart: checked.windowStart,
      windowEnd: checked.windowEnd,
      trackingToken: randomBytes(24).toString('base64url'),
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  return row!;
}
