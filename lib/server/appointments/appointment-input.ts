import { z } from 'zod';
import { id } from '../validation';

/** A visit as a person types it: a date and an arrival window in the service address's zone. */
export const appointmentFields = z.object({
  date: z.string({ error: 'Enter a date.' }).trim(),
  windowStart: z.string({ error: 'Enter a start time.' }).trim(),
  windowEnd: z.string({ error: 'Enter an end time.' }).trim(),
  technicianId: z
    .union([id, z.literal('')])
    .optional()
    .transform((v) => v || undefined),
});
export type AppointmentFields = z.infer<typeof appointmentFields>;
