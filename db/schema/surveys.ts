import { check, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { appointments } from './appointments';
import { jobs } from './jobs';

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id),
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id),
    rating: integer('rating').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_responses_appointment_idx').on(t.appointmentId), check('survey_rating_range', sql`${t.rating} between 1 and 5`)],
);

export type SurveyResponse = typeof surveyResponses.$inferSelect;
