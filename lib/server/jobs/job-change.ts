import 'server-only';
import type { Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { ActivityEvent } from '@/lib/domain/activity-events';
import type { JobStatus } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import type { OutboxDraft } from '../notifications/outbox-draft';

/** The job's own columns an operation may change; status and bookkeeping are the pipeline's. */
export type JobPatch = Partial<Pick<Job, 'providerId' | 'canceledAt' | 'cancelReason' | 'reopenedAt' | 'completedAt' | 'updateRequestedAt'>>;

export type EventInput = ActivityEvent & { appointmentId?: string | null };

export type Change<T> = {
  /** Written together with the recomputed status, in the pipeline's one update of the job row. */
  patch?: JobPatch;
  event: EventInput;
  /** Built from the saved row, so alerts can say what the job became. */
  messages?: (saved: Job) => OutboxDraft[] | Promise<OutboxDraft[]>;
  /** Technicians a visit was taken from: their screens must drop it. */
  formerTechnicianIds?: string[];
  result: T;
};

export type Mutation<T> = { jobId: string; status: JobStatus; previousStatus: JobStatus; result: T };

export type MutationContext = { tx: Tx; job: Job; actor: Actor; at: Date };

/** Who an activity event names: a user, or someone without an account (the system, a customer). */
export type EventActor = Pick<Actor, 'name' | 'source'> & {
  userId: string | null;
  role: Actor['role'] | null;
  organizationId: string | null;
  organizationKind?: Actor['organizationKind'];
};

export const SYSTEM_ACTOR = { userId: null, name: 'System', role: null, source: 'system' } as const;
