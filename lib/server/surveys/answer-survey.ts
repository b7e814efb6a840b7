import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { appointments, surveyResponses } from '@/db/schema';
import { conflict, notFound } from '../errors';
import { mutateJobAs } from '../jobs/mutate-job';
import { findByToken } from '../tracking/find-by-token';
import { parseInput } from '../validation';

export const answerSurveyInput = z.object({
  token: z.string().trim().min(1),
  rating: z.coerce.number({ error: 'Choose from 1 to 5 stars.' }).int().min(1, { error: 'Choose from 1 to 5 stars.' }).max(5, { error: 'Choose from 1 to 5 stars.' }),
  comment: z
    .string()
    .trim()
    .max(2000, { error: 'Keep the comment under 2,000 characters.' })
    .optional()
    .transform((v) => v || null),
});

/**
 * The customer's rating of a finished visit, once per appointment, through the same locked
 * write path as every change to the job; the unique index settles a double submit.
 */
export async function answerSurvey(raw: z.input<typeof answerSurveyInput>) {
  const input = parseInput(answerSurveyInput, raw);
  const found = await findByToken(await getDb(), input.token);
  if (found.state === 'expired') throw conflict('This link has expired.');
  if (found.state !== 'live') throw notFound('Survey');
  const appointmentId = found.appointment.id;
  // The customer is the job owner's customer: both portals' timelines show the owner's events.
  const customer = (job: { organizationId: string }) => ({ userId: null, name: 'Customer', role: null, organizationId: job.organizationId, source: 'web' as const });
  const answered = await mutateJobAs(customer, found.job.id, async ({ tx, job }) => {
    const [visit] = await tx.select({ status: appointments.status }).from(appointments).where(eq(appointments.id, appointmentId));
    if (visit?.status !== 'complete') throw conflict('You can rate this visit once it is complete.');
    const [saved] = await tx
      .insert(surveyResponses)
      .values({ jobId: job.id, appointmentId, rating: input.rating, comment: input.comment })
      .onConflictDoNothing({ target: surveyResponses.appointmentId })
      .returning({ id: surveyResponses.id });
    if (!saved) throw conflict('This visit has already been rated. Thank you!');
    return {
      event: { type: 'survey.answered', appointmentId, details: { rating: input.rating, comment: input.comment } },
      result: { rating: input.rating },
    };
  });
  // The job row is locked above and the visit is re-read under it; null only if there was nothing to do, never here.
  return answered!;
}
