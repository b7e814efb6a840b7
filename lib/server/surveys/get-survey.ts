import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { surveyResponses } from '@/db/schema';
import { findByToken } from '../tracking/find-by-token';

export type SurveyView =
  | { state: 'missing' }
  | { state: 'expired' }
  /** The visit is not finished yet: nothing to rate. */
  | { state: 'not_ready'; providerName: string }
  | { state: 'open'; providerName: string }
  | { state: 'answered'; providerName: string; rating: number };

export async function getSurvey(token: string): Promise<SurveyView> {
  const db = await getDb();
  const found = await findByToken(db, token);
  if (found.state === 'missing') return { state: 'missing' };
  if (found.state === 'expired') return { state: 'expired' };
  const { providerName, appointment } = found;
  if (appointment.status !== 'complete') return { state: 'not_ready', providerName };
  const [answer] = await db.select({ rating: surveyResponses.rating }).from(surveyResponses).where(eq(surveyResponses.appointmentId, appointment.id));
  return answer ? { state: 'answered', providerName, rating: answer.rating } : { state: 'open', providerName };
}
