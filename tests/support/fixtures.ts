import { and, asc, eq, gt } from 'drizzle-orm';
import { expect } from 'vitest';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import {
  appointments,
  commands,
  completeReasons,
  customers,
  jobEvents,
  jobs,
  loginAttempts,
  networkLinks,
  offers,
  organizations,
  outbox,
  users,
  type Job,
  type JobEvent,
} from '@/db/schema';
import type { Database } from '@/db/types';
import type { EventSource, JobStatus, OrganizationKind, Role } from '@/lib/domain/statuses';
import { instantToZonedParts } from '@/lib/domain/zoned-time';
import type { Actor } from '@/lib/server/actor';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { now } from '@/lib/server/clock';
import { isAppError, type AppError, type AppErrorCode } from '@/lib/server/errors';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { createJob } from '@/lib/server/jobs/create-job';
import type { newJobFields } from '@/lib/server/jobs/job-input';
import { acceptOffer } from '@/lib/server/offers/accept-offer';

// Fixed ids, so actors can be plain constants; every test file has its own database, so they never collide.
// z.uuid() checks the version and variant nibbles, hence the 4 and the 8.
const uuid = (group: number, n: number) => `${group}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const orgIds = {
  acme: uuid(1, 1),
  bolt: uuid(1, 2),
  northside: uuid(1, 3),
  otherCo: uuid(1, 4),
  faraway: uuid(1, 5),
} as const;

/** The one password every fixture user has; PASSWORD_HASH is its argon2id hash (passwords.ts options). */
export const PASSWORD = 'correct horse battery staple';
export const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$jpNODP5Gvu73MiT/qqToHg$EaoS849wpO7qO+WWNb+fdYFbp70BjmZwN+nGxRV121Y';

export const TIME_ZONE = 'America/Chicago';

type OrgFixture = { id: string; kind: OrganizationKind; name: string };
const ORGS: OrgFixture[] = [
  { id: orgIds.acme, kind: 'enterprise', name: 'Acme' },
  { id: orgIds.bolt, kind: 'provider', name: 'Bolt' },
  { id: orgIds.northside, kind: 'provider', name: 'Northside' },
  { id: orgIds.otherCo, kind: 'enterprise', name: 'Other Co' },
  { id: orgIds.faraway, kind: 'provider', name: 'Faraway' },
];
const KIND_OF = Object.fromEntries(ORGS.map((o) => [o.id, o.kind])) as Record<string, OrganizationKind>;

type UserFixture = { id: string; organizationId: string; role: Role; name: string; email: string; active?: boolean };

function actorOf(user: UserFixture, source: EventSource = user.role === 'technician' ? 'mobile' : 'web'): Actor {
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    organizationKind: KIND_OF[user.organizationId]!,
    source,
  };
}

const USERS = {
  acmeAdmin: { id: uuid(2, 1), organizationId: orgIds.acme, role: 'enterprise_admin', name: 'Alice Admin', email: 'alice@acme.test' },
  acmeStaff: { id: uuid(2, 2), organizationId: orgIds.acme, role: 'enterprise_staff', name: 'Sam Staff', email: 'sam@acme.test' },
  boltDispatcher: { id: uuid(2, 3), organizationId: orgIds.bolt, role: 'provider_dispatcher', name: 'Dana Dispatch', email: 'dana@bolt.test' },
  boltTech: { id: uuid(2, 4), organizationId: orgIds.bolt, role: 'technician', name: 'Tom Turner', email: 'tom@bolt.test' },
  boltTech2: { id: uuid(2, 5), organizationId: orgIds.bolt, role: 'technician', name: 'Tina Torres', email: 'tina@bolt.test' },
  boltFormerTech: {
    id: uuid(2, 6),
    organizationId: orgIds.bolt,
    role: 'technician',
    name: 'Fred Former',
    email: 'fred@bolt.test',
    active: false,
  },
  northsideDispatcher: { id: uuid(2, 7), organizationId: orgIds.northside, role: 'provider_dispatcher', name: 'Nora North', email: 'nora@northside.test' },
  northsideTech: { id: uuid(2, 8), organizationId: orgIds.northside, role: 'technician', name: 'Ned North', email: 'ned@northside.test' },
  otherAdmin: { id: uuid(2, 9), organizationId: orgIds.otherCo, role: 'enterprise_admin', name: 'Olga Other', email: 'olga@other.test' },
  otherStaff: { id: uuid(2, 10), organizationId: orgIds.otherCo, role: 'enterprise_staff', name: 'Oscar Other', email: 'oscar@other.test' },
  farawayDispatcher: { id: uuid(2, 11), organizationId: orgIds.faraway, role: 'provider_dispatcher', name: 'Fay Far', email: 'fay@faraway.test' },
  farawayTech: { id: uuid(2, 12), organizationId: orgIds.faraway, role: 'technician', name: 'Finn Far', email: 'finn@faraway.test' },
} satisfies Record<string, UserFixture>;

export const fixtureUsers: Readonly<Record<keyof typeof USERS, UserFixture>> = USERS;

export const acmeAdmin = actorOf(USERS.acmeAdmin);
export const acmeStaff = actorOf(USERS.acmeStaff);
export const boltDispatcher = actorOf(USERS.boltDispatcher);
export const boltTech = actorOf(USERS.boltTech);
export const boltTech2 = actorOf(USERS.boltTech2);
/** Deactivated: may not be given work. */
export const boltFormerTech = actorOf(USERS.boltFormerTech);
export const northsideDispatcher = actorOf(USERS.northsideDispatcher);
export const northsideTech = actorOf(USERS.northsideTech);
export const otherAdmin = actorOf(USERS.otherAdmin);
export const otherStaff = actorOf(USERS.otherStaff);
export const farawayDispatcher = actorOf(USERS.farawayDispatcher);
export const farawayTech = actorOf(USERS.farawayTech);

export function withSource(actor: Actor, source: EventSource): Actor {
  return { ...actor, source };
}

export const reasonIds = {
  acmeComplete: uuid(3, 1),
  acmePause: uuid(3, 2),
  /** Acme's, completing, but switched off. */
  acmeInactive: uuid(3, 3),
  boltComplete: uuid(3, 4),
  boltPause: uuid(3, 5),
  northsideComplete: uuid(3, 6),
  northsidePause: uuid(3, 7),
  otherComplete: uuid(3, 8),
  otherPause: uuid(3, 9),
  farawayComplete: uuid(3, 10),
  farawayPause: uuid(3, 11),
} as const;

const REASONS = [
  { id: reasonIds.acmeComplete, organizationId: orgIds.acme, label: 'Work completed', effect: 'complete' },
  { id: reasonIds.acmePause, organizationId: orgIds.acme, label: 'Parts ordered', effect: 'pause' },
  { id: reasonIds.acmeInactive, organizationId: orgIds.acme, label: 'Old outcome', effect: 'complete', active: false },
  { id: reasonIds.boltComplete, organizationId: orgIds.bolt, label: 'Fixed it', effect: 'complete' },
  { id: reasonIds.boltPause, organizationId: orgIds.bolt, label: 'Customer not home', effect: 'pause' },
  { id: reasonIds.northsideComplete, organizationId: orgIds.northside, label: 'Done', effect: 'complete' },
  { id: reasonIds.northsidePause, organizationId: orgIds.northside, label: 'Come back', effect: 'pause' },
  { id: reasonIds.otherComplete, organizationId: orgIds.otherCo, label: 'Resolved', effect: 'complete' },
  { id: reasonIds.otherPause, organizationId: orgIds.otherCo, label: 'Waiting on parts', effect: 'pause' },
  { id: reasonIds.farawayComplete, organizationId: orgIds.faraway, label: 'Done', effect: 'complete' },
  { id: reasonIds.farawayPause, organizationId: orgIds.faraway, label: 'Come back', effect: 'pause' },
] as const;

/**
 * Inserts the fixture world: Acme with Bolt and Northside in its network, Other Co with
 * Faraway in its own, users of every role, complete reasons. Call once per test file.
 */
export async function seedWorld(db?: Database): Promise<void> {
  const q = db ?? (await getDb());
  await q.insert(organizations).values(ORGS.map((o) => ({ ...o, timeZone: TIME_ZONE })));
  await q.insert(networkLinks).values([
    { enterpriseId: orgIds.acme, providerId: orgIds.bolt },
    { enterpriseId: orgIds.acme, providerId: orgIds.northside },
    { enterpriseId: orgIds.otherCo, providerId: orgIds.faraway },
  ]);
  await q.insert(users).values(Object.values(USERS).map((u: UserFixture) => ({ ...u, active: u.active ?? true, passwordHash: PASSWORD_HASH })));
  await q.insert(completeReasons).values(REASONS.map((r, i) => ({ ...r, sortOrder: i })));
}

/** The people who work one enterprise job end to end, with the reason lists that apply. */
export type Team = {
  enterprise: Actor;
  dispatcher: Actor;
  technician: Actor;
  providerId: string;
  /** The enterprise's reasons (its jobs) and the provider's own (its direct jobs). */
  reasons: { complete: string; pause: string };
  directReasons: { complete: string; pause: string };
};

export const acmeBolt: Team = {
  enterprise: acmeAdmin,
  dispatcher: boltDispatcher,
  technician: boltTech,
  providerId: orgIds.bolt,
  reasons: { complete: reasonIds.acmeComplete, pause: reasonIds.acmePause },
  directReasons: { complete: reasonIds.boltComplete, pause: reasonIds.boltPause },
};

export const acmeNorthside: Team = {
  enterprise: acmeAdmin,
  dispatcher: northsideDispatcher,
  technician: northsideTech,
  providerId: orgIds.northside,
  reasons: { complete: reasonIds.acmeComplete, pause: reasonIds.acmePause },
  directReasons: { complete: reasonIds.northsideComplete, pause: reasonIds.northsidePause },
};

export const otherFaraway: Team = {
  enterprise: otherAdmin,
  dispatcher: farawayDispatcher,
  technician: farawayTech,
  providerId: orgIds.faraway,
  reasons: { complete: reasonIds.otherComplete, pause: reasonIds.otherPause },
  directReasons: { complete: reasonIds.farawayComplete, pause: reasonIds.farawayPause },
};

export const CUSTOMER = { name: 'Ada Park', phone: '+15125550143', email: 'ada.park@example.com' } as const;

export type NewJobInput = z.input<typeof newJobFields>;

/** A valid new job (customer, address in Austin, scope); override any field. */
export function newJobInput(overrides: Partial<NewJobInput> = {}): NewJobInput {
  return {
    customerName: CUSTOMER.name,
    customerPhone: '(512) 555-0143',
    customerEmail: CUSTOMER.email,
    title: 'Leaking kitchen tap',
    description: 'Drips constantly; shut-off valve is stiff.',
    addressLine1: '12 Congress Ave',
    city: 'Austin',
    region: 'TX',
    postalCode: '78701',
    timeZone: TIME_ZONE,
    ...overrides,
  };
}

export type LocalWindowInput = { date: string; windowStart: string; windowEnd: string; technicianId: string | undefined };

/** The calendar date in the service zone `days` from the clock's now. */
export function localDate(days: number): string {
  return instantToZonedParts(new Date(now().getTime() + days * 86_400_000), TIME_ZONE).date;
}

/** A window `days` ahead, typed as a dispatcher would (local date and times in America/Chicago). */
export function windowOn(days: number, windowStart: string, windowEnd: string, technicianId?: string): LocalWindowInput {
  return { date: localDate(days), windowStart, windowEnd, technicianId };
}

/** Tomorrow 09:00–11:00 in America/Chicago. */
export function tomorrowWindow(technicianId?: string): LocalWindowInput {
  return windowOn(1, '09:00', '11:00', technicianId);
}

export type StagedJob = { jobId: string; appointmentId: string | null; team: Team; direct: boolean };
export type StageOptions = {
  team?: Team;
  /** A provider's direct job instead of an enterprise job (not for unassigned or offered). */
  direct?: boolean;
  /** Who the visit is for; null leaves it unassigned (dispatcher does the field steps). Default: the team's technician. */
  technicianId?: string | null;
  job?: Partial<NewJobInput>;
};

/** A job driven to `status` through the real operations, the way people would get it there. */
export async function jobInStatus(status: JobStatus, options: StageOptions = {}): Promise<StagedJob> {
  const team = options.team ?? acmeBolt;
  const direct = options.direct ?? false;
  const technicianId = options.technicianId === undefined ? team.technician.userId : options.technicianId;
  const staged = (jobId: string, appointmentId: string | null = null): StagedJob => ({ jobId, appointmentId, team, direct });

  if (status === 'unassigned' || status === 'offered') {
    if (direct) throw new Error(`A direct job is never ${status}.`);
    const created = await createJob(team.enterprise, {
      ...newJobInput(options.job),
      offerToProviderId: status === 'offered' ? team.providerId : undefined,
    });
    return expectStaged(staged(created.jobId), status);
  }

  let jobId: string;
  if (direct) {
    jobId = (await createDirectJob(team.dispatcher, newJobInput(options.job))).jobId;
  } else {
    jobId = (await jobInStatus('offered', options)).jobId;
    await acceptOffer(team.dispatcher, { jobId });
  }
  if (status === 'unscheduled') return expectStaged(staged(jobId), status);

  const { result } = await scheduleAppointment(team.dispatcher, { jobId, ...tomorrowWindow(technicianId ?? undefined) });
  const appointmentId = result.appointmentId;
  if (status === 'scheduled') return expectStaged(staged(jobId, appointmentId), status);
  if (status === 'canceled') {
    await cancelJob(direct ? team.dispatcher : team.enterprise, { jobId, reason: 'Customer changed their mind' });
    return expectStaged(staged(jobId, appointmentId), status);
  }

  const fieldActor = technicianId === team.technician.userId ? team.technician : team.dispatcher;
  await startAppointment(fieldActor, { jobId, appointmentId });
  if (status === 'in_progress') return expectStaged(staged(jobId, appointmentId), status);

  const reasons = direct ? team.directReasons : team.reasons;
  await completeAppointment(fieldActor, {
    jobId,
    appointmentId,
    completeReasonId: status === 'paused' ? reasons.pause : reasons.complete,
  });
  return expectStaged(staged(jobId, appointmentId), status);
}

async function expectStaged(staged: StagedJob, status: JobStatus): Promise<StagedJob> {
  const job = await jobRow(staged.jobId);
  if (job.status !== status) throw new Error(`Staging a ${status} job ended in ${job.status}.`);
  return staged;
}

export async function jobRow(jobId: string): Promise<Job> {
  const db = await getDb();
  const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
  if (!job) throw new Error(`No job ${jobId}`);
  return job;
}

export async function eventsOf(jobId: string, afterId = 0): Promise<JobEvent[]> {
  const db = await getDb();
  return db
    .select()
    .from(jobEvents)
    .where(and(eq(jobEvents.jobId, jobId), gt(jobEvents.id, afterId)))
    .orderBy(asc(jobEvents.id));
}

export async function appointmentsOf(jobId: string) {
  const db = await getDb();
  return db.select().from(appointments).where(eq(appointments.jobId, jobId)).orderBy(asc(appointments.createdAt), asc(appointments.id));
}

export async function appointmentRow(appointmentId: string) {
  const db = await getDb();
  const [row] = await db.select().from(appointments).where(eq(appointments.id, appointmentId));
  if (!row) throw new Error(`No appointment ${appointmentId}`);
  return row;
}

export async function offersOf(jobId: string) {
  const db = await getDb();
  return db.select().from(offers).where(eq(offers.jobId, jobId)).orderBy(asc(offers.offeredAt), asc(offers.id));
}

export async function outboxOf(jobId: string) {
  const db = await getDb();
  return db.select().from(outbox).where(eq(outbox.jobId, jobId)).orderBy(asc(outbox.createdAt), asc(outbox.id));
}

export async function smsOf(jobId: string) {
  return (await outboxOf(jobId)).filter((m) => m.channel === 'sms');
}

/** Marks the job's customer as having replied STOP. */
export async function optOutCustomerOf(jobId: string, at = now()): Promise<void> {
  const db = await getDb();
  const job = await jobRow(jobId);
  await db.update(customers).set({ smsOptedOutAt: at }).where(eq(customers.id, job.customerId));
}

/** What a change did to one job: the events it appended and the row before and after. */
export async function recordChange<T>(jobId: string, run: () => Promise<T>): Promise<{ result: T; before: Job; after: Job; events: JobEvent[] }> {
  const before = await jobRow(jobId);
  const lastId = (await eventsOf(jobId)).at(-1)?.id ?? 0;
  const result = await run();
  return { result, before, after: await jobRow(jobId), events: await eventsOf(jobId, lastId) };
}

/** Matches an activity event written by `actor`, with its type and status change. */
export function eventBy(actor: Actor, type: string, fromStatus: JobStatus | null, toStatus: JobStatus, more: Partial<JobEvent> = {}) {
  return expect.objectContaining({
    ...more,
    type,
    fromStatus,
    toStatus,
    actorUserId: actor.userId,
    actorName: actor.name,
    actorRole: actor.role,
    actorOrganizationId: actor.organizationId,
    source: actor.source,
  });
}

/** Every row of every table, in a stable order: equal snapshots mean nothing changed. */
export async function databaseState() {
  const db = await getDb();
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  const [orgRows, links, userRows, customerRows, reasonRows, jobRows, offerRows, appointmentRows, eventRows, outboxRows, attempts, commandRows] =
    await Promise.all([
      db.select().from(organizations),
      db.select().from(networkLinks),
      db.select().from(users),
      db.select().from(customers),
      db.select().from(completeReasons),
      db.select().from(jobs),
      db.select().from(offers),
      db.select().from(appointments),
      db.select().from(jobEvents),
      db.select().from(outbox),
      db.select().from(loginAttempts),
      db.select().from(commands),
    ]);
  return {
    organizations: sorted(orgRows),
    networkLinks: sorted(links),
    users: sorted(userRows),
    customers: sorted(customerRows),
    completeReasons: sorted(reasonRows),
    jobs: sorted(jobRows),
    offers: sorted(offerRows),
    appointments: sorted(appointmentRows),
    jobEvents: sorted(eventRows),
    outbox: sorted(outboxRows),
    loginAttempts: sorted(attempts),
    commands: sorted(commandRows),
  };
}

/** The AppError a call fails with; fails the test if it succeeds or throws anything else. */
export async function appErrorOf(run: Promise<unknown> | (() => Promise<unknown>)): Promise<AppError> {
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('Expected the operation to fail with an AppError, but it succeeded.');
}

/** Runs a call that must fail with `code` and leave every table exactly as it was. */
export async function expectRefused(code: AppErrorCode, run: () => Promise<unknown>): Promise<AppError> {
  const before = await databaseState();
  const error = await appErrorOf(run);
  expect({ code: error.code, message: error.message }).toEqual({ code, message: expect.any(String) });
  expect(await databaseState()).toEqual(before);
  return error;
}
