import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { surveyResponses } from '@/db/schema';

/**
 * A job's survey answers. Callers have already loaded the job through the tenant-scoped
 * getJobOrThrow, so the job id here is one the actor may see.
 */
export async function findSurveyAnswers(jobId: string) {
  const db = await getDb();
  return db
    .select({ id: surveyResponses.id, appointmentId: surveyResponses.appointmentId, rating: surveyResponses.rating, comment: surveyResponses.comment, createdAt: surveyResponses.createdAt })
    .from(surveyResponses)
    .where(eq(surveyResponses.jobId, jobId))
    .orderBy(asc(surveyResponses.createdAt));
}
