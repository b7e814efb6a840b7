import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appointmentTarget, canRescheduleAppointment, canTransitionAppointment } from './appointment-transitions';
import { deriveJobStatus, type StatusInputAppointment } from './derive-job-status';
import { jobAllows, roleMay } from './permissions';
import { JOB_STATUSES, isOpenAppointment, ROLES, type AppointmentStatus, type JobStatus, type OfferStatus, type ReasonEffect, type Role } from './statuses';

type Action =
  | {
      kind: 'offer_job' | 'withdraw_offer' | 'decline_offer' | 'request_update' | 'schedule_appointment' | 'complete_job' | 'cancel_job' | 'reopen_job';
      role: Role;
    }
  | { kind: 'accept_offer'; role: Role; withAppointment: boolean }
  | { kind: 'reschedule_appointment' | 'mark_enroute' | 'start_appointment' | 'cancel_appointment'; role: Role; pick: number }
  | { kind: 'complete_appointment'; role: Role; pick: number; effect: ReasonEffect };

type ActionKind = Action['kind'];

const ACTION_KINDS: readonly ActionKind[] = [
  'offer_job',
  'withdraw_offer',
  'request_update',
  'accept_offer',
  'decline_offer',
  'schedule_appointment',
  'reschedule_appointment',
  'mark_enroute',
  'start_appointment',
  'complete_appointment',
  'cancel_appointment',
  'complete_job',
  'cancel_job',
  'reopen_job',
];

type Start = 'enterprise_job' | 'enterprise_job_offered' | 'direct_job' | 'direct_job_with_appointment';

/** The raw facts the server stores; the status is only ever derived from them. */
type Facts = {
  isDirect: boolean;
  canceledAt: Date | null;
  reopenedAt: Date | null;
  completedAt: Date | null;
  offers: { status: OfferStatus }[];
  appointments: StatusInputAppointment[];
};

/** DESIGN.md's transition table as a state machine, with only the memory the table needs. */
type Model = {
  status: JobStatus;
  /** An offer was accepted, or it is the provider's own job. */
  held: boolean;
  /** Kept in the same order as the facts' appointments, so a step can name the same visit in both. */
  visits: AppointmentStatus[];
  /** The reason effect of the visit that ended last since the last Reopen Job. */
  lastOutcome: ReasonEffect | null;
};

function createClock() {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 0, 5, 8, 0) + ++minute * 60_000);
}

const scheduledVisit = (at: Date): StatusInputAppointment => ({ status: 'scheduled', createdAt: at, completedAt: null, reasonEffect: null });

/** Counts back from the latest visit, so small picks mostly name a visit still open. */
const visitIndex = (count: number, pick: number) => count - 1 - (pick % count);
const choose = <T>(list: T[], pick: number): T | undefined => (list.length === 0 ? undefined : list[visitIndex(list.length, pick)]);

function createJob(start: Start, at: Date): { facts: Facts; model: Model } {
  const facts: Facts = { isDirect: false, canceledAt: null, reopenedAt: null, completedAt: null, offers: [], appointments: [] };
  const model: Model = { status: 'unassigned', held: false, visits: [], lastOutcome: null };
  switch (start) {
    case 'enterprise_job':
      return { facts, model };
    case 'enterprise_job_offered':
      facts.offers.push({ status: 'pending' });
      return { facts, model: { ...model, status: 'offered' } };
    case 'direct_job':
      return { facts: { ...facts, isDirect: true }, model: { ...model, status: 'unscheduled', held: true } };
    case 'direct_job_with_appointment':
      return {
        facts: { ...facts, isDirect: true, appointments: [scheduledVisit(at)] },
        model: { ...model, status: 'scheduled', held: true, visits: ['scheduled'] },
      };
  }
}

function answerPendingOffer(facts: Facts, answer: OfferStatus): boolean {
  const pending = facts.offers.find((o) => o.status === 'pending');
  if (!pending) return false;
  pending.status = answer;
  return true;
}

/** Applies an action as the server would: refused unless the role, the job status and the visit allow it. */
function applyToFacts(facts: Facts, action: Action, at: Date): boolean {
  const status = deriveJobStatus(facts);
  if (!roleMay(action.role, action.kind) || !jobAllows(status, action.kind)) return false;
  switch (action.kind) {
    case 'offer_job':
      facts.offers.push({ status: 'pending' });
      return true;
    case 'withdraw_offer':
      return answerPendingOffer(facts, 'withdrawn');
    case 'decline_offer':
      return answerPendingOffer(facts, 'declined');
    case 'accept_offer':
      if (!answerPendingOffer(facts, 'accepted')) return false;
      if (action.withAppointment) facts.appointments.push(scheduledVisit(at));
      return true;
    case 'request_update':
      return true;
    case 'schedule_appointment':
      facts.appointments.push(scheduledVisit(at));
      return true;
    case 'reschedule_appointment': {
      const visit = choose(facts.appointments, action.pick);
      return visit !== undefined && canRescheduleAppointment(visit.status);
    }
    case 'mark_enroute':
    case 'start_appointment':
    case 'cancel_appointment':
    case 'complete_appointment': {
      const visit = choose(facts.appointments, action.pick);
      const to = appointmentTarget(action.kind);
      if (!visit || !canTransitionAppointment(visit.status, to, action.role)) return false;
      visit.status = to;
      if (action.kind === 'complete_appointment') {
        visit.completedAt = at;
        visit.reasonEffect = action.effect;
      }
      return true;
    }
    case 'complete_job':
      // complete-job.ts refuses an Unscheduled job that has never had a finished visit.
      if (status === 'unscheduled' && !facts.appointments.some((a) => a.status === 'complete')) return false;
      facts.completedAt = at;
      return true;
    case 'cancel_job':
      for (const visit of facts.appointments) if (isOpenAppointment(visit.status)) visit.status = 'canceled';
      for (const offer of facts.offers) if (offer.status === 'pending') offer.status = 'withdrawn';
      facts.canceledAt = at;
      return true;
    case 'reopen_job':
      facts.canceledAt = null;
      facts.reopenedAt = at;
      return true;
  }
}

const OPEN: readonly JobStatus[] = ['unassigned', 'offered', 'unscheduled', 'scheduled', 'in_progress', 'paused'];

/** Where the job rests once a visit ends or is canceled. */
function settle(model: Model): JobStatus {
  if (model.visits.some((v) => v === 'enroute' || v === 'started')) return 'in_progress';
  if (model.visits.includes('scheduled')) return 'scheduled';
  if (model.lastOutcome === 'complete') return 'complete';
  if (model.lastOutcome === 'pause') return 'paused';
  return 'unscheduled';
}

/** Moves the model for an action the system accepted; throws when the table has no such move. */
function stepModel(model: Model, action: Action): void {
  const from = model.status;
  const requireFrom = (...allowed: readonly JobStatus[]) => {
    if (!allowed.includes(from)) throw new Error(`the transition table has no ${action.kind} from ${from}`);
  };
  switch (action.kind) {
    case 'offer_job':
      requireFrom('unassigned');
      model.status = 'offered';
      return;
    case 'withdraw_offer':
    case 'decline_offer':
      requireFrom('offered');
      model.status = 'unassigned';
      return;
    case 'accept_offer':
      requireFrom('offered');
      model.held = true;
      if (action.withAppointment) model.visits.push('scheduled');
      model.status = action.withAppointment ? 'scheduled' : 'unscheduled';
      return;
    case 'request_update':
    case 'reschedule_appointment':
      return;
    case 'schedule_appointment':
      requireFrom('unscheduled', 'scheduled', 'in_progress', 'paused', 'complete');
      model.visits.push('scheduled');
      if (from !== 'in_progress') model.status = 'scheduled';
      return;
    case 'mark_enroute':
    case 'start_appointment':
      requireFrom('scheduled', 'in_progress');
      model.visits[visitIndex(model.visits.length, action.pick)] = action.kind === 'mark_enroute' ? 'enroute' : 'started';
      model.status = 'in_progress';
      return;
    case 'complete_appointment':
      requireFrom('scheduled', 'in_progress');
      model.visits[visitIndex(model.visits.length, action.pick)] = 'complete';
      model.lastOutcome = action.effect;
      model.status = settle(model);
      return;
    case 'cancel_appointment':
      requireFrom('scheduled', 'in_progress');
      model.visits[visitIndex(model.visits.length, action.pick)] = 'canceled';
      model.status = settle(model);
      return;
    case 'complete_job':
      requireFrom('paused', 'unscheduled');
      // It stands as the latest outcome until a later visit ends; a canceled visit counts as never booked.
      model.lastOutcome = 'complete';
      model.status = 'complete';
      return;
    case 'cancel_job':
      requireFrom(...OPEN);
      model.visits = model.visits.map((v) => (v === 'scheduled' || v === 'enroute' || v === 'started' ? 'canceled' : v));
      model.status = 'canceled';
      return;
    case 'reopen_job':
      requireFrom('canceled');
      model.lastOutcome = null;
      model.status = model.held ? 'unscheduled' : 'unassigned';
      return;
  }
}

function expectInvariants(facts: Facts, status: JobStatus): void {
  if (status === 'canceled') expect(facts.appointments.filter((a) => isOpenAppointment(a.status))).toEqual([]);
  const underway = facts.appointments.some((a) => a.status === 'enroute' || a.status === 'started');
  expect(status === 'in_progress').toBe(underway && facts.canceledAt === null);
  const count = (offerStatus: OfferStatus) => facts.offers.filter((o) => o.status === offerStatus).length;
  expect(count('accepted')).toBeLessThanOrEqual(1);
  expect(count('pending')).toBeLessThanOrEqual(1);
  if (!facts.isDirect && count('accepted') === 0) expect(['unassigned', 'offered', 'canceled']).toContain(status);
}

const ENTERPRISE: readonly Role[] = ['enterprise_admin', 'enterprise_staff'];
const FIELD: readonly Role[] = ['provider_dispatcher', 'technician'];

const pick = fc.nat({ max: 7 });
const by = (roles: readonly Role[]) => fc.constantFrom(...roles);
const dispatcher = fc.constant<Role>('provider_dispatcher');

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('offer_job'), role: by(ENTERPRISE) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw_offer'), role: by(ENTERPRISE) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('request_update'), role: by(ENTERPRISE) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('accept_offer'), role: dispatcher, withAppointment: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('decline_offer'), role: dispatcher }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('schedule_appointment'), role: dispatcher }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reschedule_appointment'), role: dispatcher, pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('mark_enroute'), role: by(FIELD), pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('start_appointment'), role: by(FIELD), pick }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('complete_appointment'), role: by(FIELD), pick, effect: fc.constantFrom<ReasonEffect>('complete', 'pause') }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel_appointment'), role: dispatcher, pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('complete_job'), role: dispatcher }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel_job'), role: by(ROLES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reopen_job'), role: by(ROLES) }) },
);

const startArb = fc.constantFrom<Start>('enterprise_job', 'enterprise_job_offered', 'direct_job', 'direct_job_with_appointment');

// Every row of DESIGN.md's table that a step (not the job's creation) makes; the run must take each at least once.
const TABLE_MOVES = [
  'unassigned --offer_job--> offered',
  'offered --accept_offer--> unscheduled',
  'offered --accept_offer--> scheduled',
  'offered --decline_offer--> unassigned',
  'unscheduled --schedule_appointment--> scheduled',
  'scheduled --cancel_appointment--> unscheduled',
  'scheduled --mark_enroute--> in_progress',
  'scheduled --start_appointment--> in_progress',
  'scheduled --complete_appointment--> complete',
  'in_progress --complete_appointment--> complete',
  'in_progress --complete_appointment--> paused',
  'paused --schedule_appointment--> scheduled',
  'paused --complete_job--> complete',
  'complete --schedule_appointment--> scheduled',
  ...OPEN.map((status) => `${status} --cancel_job--> canceled`),
  'canceled --reopen_job--> unscheduled',
  'canceled --reopen_job--> unassigned',
];

describe('job status engine against a model of DESIGN.md', () => {
  it('derives the model’s status after every step of random action sequences', () => {
    const moves = new Set<string>();
    const statuses = new Set<JobStatus>();
    const applied = new Set<ActionKind>();
    let refused = 0;

    fc.assert(
      fc.property(startArb, fc.array(actionArb, { maxLength: 40, size: 'max' }), (start, actions) => {
        const tick = createClock();
        const { facts, model } = createJob(start, tick());
        expect(deriveJobStatus(facts)).toBe(model.status);

        for (const action of actions) {
          const from = model.status;
          if (applyToFacts(facts, action, tick())) {
            stepModel(model, action);
            applied.add(action.kind);
            moves.add(`${from} --${action.kind}--> ${model.status}`);
          } else {
            refused += 1;
          }
          const status = deriveJobStatus(facts);
          expect(status).toBe(model.status);
          expect(facts.appointments.map((a) => a.status)).toEqual(model.visits);
          expectInvariants(facts, status);
          statuses.add(status);
        }
      }),
      { numRuns: 1000 },
    );

    expect([...statuses].sort()).toEqual([...JOB_STATUSES].sort());
    expect(TABLE_MOVES.filter((move) => !moves.has(move))).toEqual([]);
    expect(ACTION_KINDS.filter((kind) => !applied.has(kind))).toEqual([]);
    expect(refused).toBeGreaterThan(0);
  });
});
