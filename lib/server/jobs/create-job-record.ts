import 'server-only';
import { jobs, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import { deriveJobStatus, type StatusInput, type StatusInputAppointment } from '@/lib/domain/derive-job-status';
import type { Actor } from '../actor';
import { now } from '../clock';
import type { OutboxDraft } from '../notifications/outbox-draft';
import { inTransaction } from '../transaction';
import { appendEvent, notifyJobChanged, queueMessages } from './commit-change';
import type { EventInput } from './job-change';
import { assertRoleMay } from './mutate-job';
import type { NewJobRow } from './insert-job';
import { earliestOpenVisit, type JobAudience } from './recompute-status';

/**
 * What a new job starts with besides its row (the first offer, the first visit). Its status is
 * derived from `adds` before the row is written, so the row is written once; `write` then
 * inserts exactly what `adds` describes.
 */
export type CreationStep = {
  adds: { offers: StatusInput['offers']; appointments: (StatusInputAppointment & { windowStart: Date })[] };
  write: (tx: Tx, job: Job) => Promise<{ event: EventInput; messages?: OutboxDraft[]; audience: JobAudience }>;
};

export type NewJobPlan<T> = { row: NewJobRow; step?: CreationStep; result: (job: Job) => T };

const NOTHING_YET = { canceledAt: null, reopenedAt: null, completedAt: null, offers: [], appointments: [] };

/**
 * The creation half of the one write path: authorize, build, derive the status with the same
 * pure rules as every change, write the job row once, then its first step, the events
 * ("created", then what the step did), the messages and the notification, in one transaction.
 */
export async function createJobRecord<T>(actor: Actor, action: 'create_job' | 'create_direct_job', plan: (ctx: { tx: Tx; at: Date }) => Promise<NewJobPlan<T>>): Promise<T> {
  assertRoleMay(actor, action);
  return inTransaction(async (tx) => {
    const at = now();
    const { row, step, result } = await plan({ tx, at });
    const created = deriveJobStatus({ ...NOTHING_YET, isDirect: row.isDirect });
    const status = step ? deriveJobStatus({ ...NOTHING_YET, isDirect: row.isDirect, ...step.adds }) : created;
    const [job] = await tx
      .insert(jobs)
      .values({ ...row, status, nextVisitAt: earliestOpenVisit(step?.adds.appointments ?? []) })
      .returning();
    await appendEvent(tx, job!, actor, at, { type: 'job.created', details: { number: job!.number }, fromStatus: null, toStatus: created });
    const done = step ? await step.write(tx, job!) : null;
    if (done) {
      await appendEvent(tx, job!, actor, at, { ...done.event, fromStatus: created, toStatus: status });
      await queueMessages(tx, done.messages ?? []);
    }
    const audience = done?.audience ?? { offeredTo: null, providerIds: [], technicianIds: [], appointmentIds: [] };
    await notifyJobChanged(tx, job!, done?.event.type ?? 'job.created', audience);
    return result(job!);
  });
}
