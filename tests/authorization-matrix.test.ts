import { beforeAll, describe, expect, it } from 'vitest';
import { JOB_ACTIONS, type JobAction } from '@/lib/domain/permissions';
import { ROLES, type JobStatus, type Role } from '@/lib/domain/statuses';
import type { Actor } from '@/lib/server/actor';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { completeJob } from '@/lib/server/jobs/complete-job';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { getJobOrThrow } from '@/lib/server/jobs/get-job-or-throw';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import {
  acmeAdmin,
  acmeStaff,
  boltDispatcher,
  boltTech,
  boltTech2,
  eventsOf,
  expectRefused,
  farawayDispatcher,
  farawayTech,
  jobInStatus,
  newJobInput,
  northsideDispatcher,
  northsideTech,
  orgIds,
  otherAdmin,
  otherStaff,
  reasonIds,
  seedWorld,
  tomorrowWindow,
  windowOn,
  type StagedJob,
} from './support/fixtures';

beforeAll(() => seedWorld());

type Outcome = 'allowed' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_INPUT';
const ok: Outcome = 'allowed';
const FORBIDDEN: Outcome = 'FORBIDDEN';
const NOT_FOUND: Outcome = 'NOT_FOUND';
const INVALID: Outcome = 'INVALID_INPUT';

type Action = JobAction | 'view_job';
type Cell = readonly [own: Outcome, other: Outcome];

/**
 * Every action × every role × (own tenant, other tenant). "Own" is Acme (enterprise users) and
 * Bolt, the provider the job is offered to or held by (provider users; the technician is the
 * one assigned). "Other" is Other Co for enterprise users, and Northside (Acme's network, not
 * offered the job) and Faraway (Other Co's network) for provider users. Each cell runs on a
 * fresh Acme job that is in a state where the action is valid. For the two create actions,
 * which have no existing job, the other tenant makes the same request, which names Acme's
 * provider (create_job offers to Bolt) or Bolt's technician (create_direct_job's first visit).
 */
const MATRIX: Record<Action, readonly [admin: Cell, staff: Cell, dispatcher: Cell, technician: Cell]> = {
  //                       enterprise_admin          enterprise_staff          provider_dispatcher       technician
  view_job:               [[ok, NOT_FOUND],          [ok, NOT_FOUND],          [ok, NOT_FOUND],          [ok, NOT_FOUND]],
  create_job:             [[ok, INVALID],            [ok, INVALID],            [FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN]],
  offer_job:              [[ok, NOT_FOUND],          [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN]],
  withdraw_offer:         [[ok, NOT_FOUND],          [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN]],
  request_update:         [[ok, NOT_FOUND],          [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN]],
  accept_offer:           [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN]],
  decline_offer:          [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN]],
  create_direct_job:      [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, INVALID],            [FORBIDDEN, FORBIDDEN]],
  schedule_appointment:   [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN]],
  reschedule_appointment: [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN]],
  reassign_appointment:   [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN]],
  cancel_appointment:     [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN]],
  mark_enroute:           [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [ok, NOT_FOUND]],
  start_appointment:      [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [ok, NOT_FOUND]],
  complete_appointment:   [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [ok, NOT_FOUND]],
  complete_job:           [[FORBIDDEN, FORBIDDEN],   [FORBIDDEN, FORBIDDEN],   [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN]],
  cancel_job:             [[ok, NOT_FOUND],          [ok, NOT_FOUND],          [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN]],
  reopen_job:             [[ok, NOT_FOUND],          [ok, NOT_FOUND],          [ok, NOT_FOUND],          [FORBIDDEN, FORBIDDEN]],
};

const ACTORS: Record<Role, { own: Actor; other: Actor[] }> = {
  enterprise_admin: { own: acmeAdmin, other: [otherAdmin] },
  enterprise_staff: { own: acmeStaff, other: [otherStaff] },
  provider_dispatcher: { own: boltDispatcher, other: [northsideDispatcher, farawayDispatcher] },
  technician: { own: boltTech, other: [northsideTech, farawayTech] },
};

/** Where each action is valid, and the call; `job` is null for the create actions. */
const ACTIONS: Record<Action, { status: JobStatus | null; run: (actor: Actor, job: StagedJob | null) => Promise<unknown> }> = {
  view_job: { status: 'scheduled', run: (a, j) => getJobOrThrow(a, j!.jobId) },
  create_job: { status: null, run: (a) => createJob(a, { ...newJobInput(), offerToProviderId: orgIds.bolt }) },
  offer_job: { status: 'unassigned', run: (a, j) => offerJob(a, { jobId: j!.jobId, providerId: orgIds.bolt }) },
  withdraw_offer: { status: 'offered', run: (a, j) => withdrawOffer(a, { jobId: j!.jobId }) },
  request_update: { status: 'scheduled', run: (a, j) => requestUpdate(a, { jobId: j!.jobId, message: 'Any news?' }) },
  accept_offer: { status: 'offered', run: (a, j) => acceptOffer(a, { jobId: j!.jobId }) },
  decline_offer: { status: 'offered', run: (a, j) => declineOffer(a, { jobId: j!.jobId, reason: 'No availability' }) },
  create_direct_job: { status: null, run: (a) => createDirectJob(a, { ...newJobInput(), firstAppointment: tomorrowWindow(boltTech.userId) }) },
  schedule_appointment: { status: 'unscheduled', run: (a, j) => scheduleAppointment(a, { jobId: j!.jobId, ...tomorrowWindow(boltTech.userId) }) },
  reschedule_appointment: {
    status: 'scheduled',
    run: (a, j) => rescheduleAppointment(a, { jobId: j!.jobId, appointmentId: j!.appointmentId!, ...windowOn(2, '13:00', '15:00', boltTech.userId) }),
  },
  reassign_appointment: {
    status: 'scheduled',
    run: (a, j) => reassignAppointment(a, { jobId: j!.jobId, appointmentId: j!.appointmentId!, technicianId: boltTech2.userId }),
  },
  cancel_appointment: { status: 'scheduled', run: (a, j) => cancelAppointment(a, { jobId: j!.jobId, appointmentId: j!.appointmentId! }) },
  mark_enroute: { status: 'scheduled', run: (a, j) => markEnroute(a, { jobId: j!.jobId, appointmentId: j!.appointmentId!, etaMinutes: 20 }) },
  start_appointment: { status: 'scheduled', run: (a, j) => startAppointment(a, { jobId: j!.jobId, appointmentId: j!.appointmentId! }) },
  complete_appointment: {
    status: 'in_progress',
    run: (a, j) => completeAppointment(a, { jobId: j!.jobId, appointmentId: j!.appointmentId!, completeReasonId: reasonIds.acmeComplete }),
  },
  complete_job: { status: 'paused', run: (a, j) => completeJob(a, { jobId: j!.jobId }) },
  cancel_job: { status: 'scheduled', run: (a, j) => cancelJob(a, { jobId: j!.jobId, reason: 'Customer canceled' }) },
  reopen_job: { status: 'canceled', run: (a, j) => reopenJob(a, { jobId: j!.jobId }) },
};

type Case = { action: Action; role: Role; tenant: 'own' | 'other'; actor: Actor; expected: Outcome };

const CASES: Case[] = (Object.keys(MATRIX) as Action[]).flatMap((action) =>
  ROLES.flatMap((role, r) => {
    const [own, other] = MATRIX[action][r]!;
    return [
      { action, role, tenant: 'own' as const, actor: ACTORS[role].own, expected: own },
      ...ACTORS[role].other.map((actor) => ({ action, role, tenant: 'other' as const, actor, expected: other })),
    ];
  }),
);

describe('authorization matrix', () => {
  it('covers every job action and every role', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...JOB_ACTIONS, 'view_job'].sort());
    expect(Object.keys(ACTORS).sort()).toEqual([...ROLES].sort());
  });

  it.each(CASES)('$action by $role ($tenant tenant, $actor.name) → $expected', async ({ action, actor, expected }) => {
    const { status, run } = ACTIONS[action];
    const job = status ? await jobInStatus(status) : null;

    if (expected !== 'allowed') {
      await expectRefused(expected, () => run(actor, job));
      return;
    }
    const lastEventId = job ? ((await eventsOf(job.jobId)).at(-1)?.id ?? 0) : 0;
    const result = await run(actor, job);
    if (action === 'view_job') {
      expect((result as { job: { id: string } }).job.id).toBe(job!.jobId);
    } else {
      const jobId = job?.jobId ?? (result as { jobId: string }).jobId;
      const events = await eventsOf(jobId, lastEventId);
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.actorUserId === actor.userId)).toBe(true);
    }
  });
});
