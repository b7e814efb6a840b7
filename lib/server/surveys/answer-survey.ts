import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { jobs, surveyResponses } from '@/db/schema';
import { now } from '../clock';
import { conflict, notFound } from '../errors';
import { appendEvent, notifyJobChanged } from '../jobs/mutate-job';
import { findByToken } from '../tracking/find-by-token';
import { inTransaction } from '../transaction';
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
 * The customer's rating of a finished visit, once per appointment. The job row is locked so
 * the answer and its activity line land together; the unique index settles a double submit.
 */
export async function answerSurvey(raw: z.input<typeof answerSurveyInput>): Promise<{ rating: number }> {
  const input = parseInput(answerSurveyInput, raw);
  return inTransaction(async (tx) => {
    const found = await findByToken(tx, input.token);
    if (found.state === 'expired') throw conflict('This link has expired.');
    if (found.state !== 'live') throw notFound('Survey');
    const { appointment } = found;
    if (appointment.status !== 'complete') throw conflict('You can rate this visit once it is complete.');
    const [job] = await tx.select().from(jobs).where(eq(jobs.id, appointment.jobId)).for('update');
    if (!job) throw notFound('Survey');

    const [saved] = await tx
      .insert(surveyResponses)
      .values({ jobId: job.id, appointmentId: appointment.id, rating: input.rating, comment: input.comment })
      .onConflictDoNothing({ target: surveyResponses.appointmentId })
      .returning({ id: surveyResponses.id });
    if (!saved) throw conflict('This visit has already been rated. Thank you!');

    // The customer is the job owner's customer: both portals' timelines show the owner's events.
    const customer = { userId: null, name: 'Customer', role: null, organizationId: job.organizationId, source: 'web' } as const;
    await appendEvent(tx, job, customer, now(), {
      type: 'survey.answered',
      appointmentId: appointment.id,
      details: { rating: input.rating, comment: input.comment },
      fromStatus: job.status,
      toStatus: job.status,
    });
    await notifyJobChanged(tx, job);
    return { rating: input.rating };
  });
}
