import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { appointments } from '@/db/schema';
import type { DeclineReason } from '@/lib/domain/decline-reasons';
import type { JobStatus } from '@/lib/domain/statuses';
import { instantToZonedParts, zonedTimeToInstant } from '@/lib/domain/zoned-time';
import type { Actor } from '@/lib/server/actor';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { completeJob } from '@/lib/server/jobs/complete-job';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import { TechBookings } from './demo-bookings';
import type { Cast, DemoProvider } from './demo-cast';
import type { DemoCustomer } from './demo-places';
import { hhmm, nextDate, plusMinutes, type DemoCalendar, type LocalVisit } from './demo-time';
import type { Trade } from './demo-work';
import type { Rng } from './random';

/** What every story shares: the cast, the calendar, the technicians' bookings, and the scheduler that orders all steps in time. */
export type World = { cast: Cast; calendar: DemoCalendar; bookings: TechBookings; turn: (at: Date) => Promise<void> };

export type Visit = LocalVisit & { tech: Actor | null };
type Booked = { id: string; tech: Actor | null; visit: Visit };

/**
 * One job's history, told through the same operations the portals call. Every step names
 * the instant it happens; steps of one job must move forward in time and never pass "now".
 */
export class JobStory {
  jobId = '';
  status: JobStatus | null = null;
  provider: DemoProvider | null;
  private t = new Date(0);
  private readonly booked = new Map<string, Booked>();

  constructor(
    readonly world: World,
    // Each story has its own PRNG, so its content doesn't depend on how stories interleave.
    readonly rng: Rng,
    readonly customer: DemoCustomer,
    readonly work: { title: string; description: string; trade: Trade; externalId?: string; priority: 'low' | 'normal' | 'high' | 'urgent' },
    readonly direct: DemoProvider | null = null,
  ) {
    this.provider = direct;
  }

  get timeZone(): string {
    return this.customer.timeZone;
  }

  /** Some minutes after the last step, but never after "now". */
  after(minMinutes: number, maxMinutes = minMinutes): Date {
    const at = plusMinutes(this.t, this.rng.int(minMinutes, maxMinutes));
    return at > this.world.calendar.now ? new Date(Math.max(this.t.getTime(), this.world.calendar.now.getTime())) : at;
  }

  /**
   * Like `after`, for office work (offers, scheduling, cancellations): a moment that would
   * fall at night moves to the next morning, 7–9 a.m. in the job's zone.
   */
  later(minMinutes: number, maxMinutes = minMinutes): Date {
    const at = plusMinutes(this.t, this.rng.int(minMinutes, maxMinutes));
    const { date, time } = instantToZonedParts(at, this.timeZone);
    const hour = Number(time.slice(0, 2));
    const morningOf = hour < 7 ? date : nextDate(date);
    const office = hour >= 7 && hour < 20 ? at : zonedTimeToInstant(morningOf, hhmm(7 + this.rng.int(0, 1), this.rng.int(0, 59)), this.timeZone);
    const { now } = this.world.calendar;
    return new Date(Math.max(this.t.getTime(), Math.min(office.getTime(), now.getTime())));
  }

  private async step<R extends { status: JobStatus }>(at: Date, what: string, run: () => Promise<R>): Promise<R> {
    if (at < this.t || at > this.world.calendar.now) throw new Error(`Demo seed: "${what}" on job ${this.jobId || '(new)'} is out of order (${at.toISOString()}).`);
    this.t = at;
    await this.world.turn(at);
    const result = await run();
    this.status = result.status;
    return result;
  }

  private enterpriseActor(): Actor {
    return this.rng.chance(0.4) ? this.world.cast.acme.admin : this.world.cast.acme.staff;
  }

  private dispatcher(): Actor {
    if (!this.provider) throw new Error(`Demo seed: job ${this.jobId} has no provider yet.`);
    return this.provider.dispatcher;
  }

  private remember(appointmentId: string, visit: Visit): void {
    this.booked.set(appointmentId, { id: appointmentId, tech: visit.tech, visit });
    if (visit.tech) this.world.bookings.book(visit.tech.userId, TechBookings.span(visit, this.timeZone));
  }

  private reasonId(label: string): string {
    const list = this.direct ? this.direct.reasons : this.world.cast.acme.reasons;
    const id = list[label];
    if (!id) throw new Error(`Demo seed: no complete reason "${label}".`);
    return id;
  }

  private jobFields() {
    const { title, description, externalId, priority } = this.work;
    return { ...this.customer, title, description, externalId, priority };
  }

  async create(at: Date, offerTo?: DemoProvider) {
    const result = await this.step(at, 'create', () =>
      createJob(this.enterpriseActor(), { ...this.jobFields(), offerToProviderId: offerTo?.id }),
    );
    this.jobId = result.jobId;
  }

  async createDirect(at: Date, first?: Visit) {
    const result = await this.step(at, 'create direct', async () => {
      const created = await createDirectJob(this.dispatcher(), { ...this.jobFields(), firstAppointment: first && visitFields(first) });
      // The operation answers with the job only; its first visit is read back in the same turn.
      const [row] = await (await getDb()).select({ id: appointments.id }).from(appointments).where(eq(appointments.jobId, created.jobId));
      return { ...created, appointmentId: row?.id ?? null };
    });
    this.jobId = result.jobId;
    if (first && result.appointmentId) this.remember(result.appointmentId, first);
    return result.appointmentId;
  }

  offer(at: Date, provider: DemoProvider) {
    return this.step(at, 'offer', () => offerJob(this.enterpriseActor(), { jobId: this.jobId, providerId: provider.id }));
  }

  decline(at: Date, provider: DemoProvider, reason: DeclineReason, note?: string) {
    return this.step(at, 'decline', () => declineOffer(provider.dispatcher, { jobId: this.jobId, reason, note }));
  }

  withdraw(at: Date) {
    return this.step(at, 'withdraw', () => withdrawOffer(this.enterpriseActor(), { jobId: this.jobId }));
  }

  async accept(at: Date, provider: DemoProvider, first?: Visit): Promise<string | null> {
    this.provider = provider;
    const result = await this.step(at, 'accept', () =>
      acceptOffer(provider.dispatcher, { jobId: this.jobId, firstAppointment: first && visitFields(first) }),
    );
    const id = result.result.appointmentId;
    if (id && first) this.remember(id, first);
    return id;
  }

  async schedule(at: Date, visit: Visit): Promise<string> {
    const result = await this.step(at, 'schedule', () => scheduleAppointment(this.dispatcher(), { jobId: this.jobId, ...visitFields(visit) }));
    this.remember(result.result.appointmentId, visit);
    return result.result.appointmentId;
  }

  reschedule(at: Date, appointmentId: string, visit: Visit) {
    this.remember(appointmentId, visit);
    return this.step(at, 'reschedule', () =>
      rescheduleAppointment(this.dispatcher(), { jobId: this.jobId, appointmentId, ...visitFields(visit) }),
    );
  }

  cancelVisit(at: Date, appointmentId: string, reason?: string) {
    return this.step(at, 'cancel visit', () => cancelAppointment(this.dispatcher(), { jobId: this.jobId, appointmentId, reason }));
  }

  /** The technician on the visit acts from their phone; an unassigned visit is statused by the dispatcher. */
  private fieldActor(appointmentId: string): Actor {
    return this.booked.get(appointmentId)?.tech ?? this.dispatcher();
  }

  enroute(at: Date, appointmentId: string, etaMinutes: number) {
    return this.step(at, 'enroute', () => markEnroute(this.fieldActor(appointmentId), { jobId: this.jobId, appointmentId, etaMinutes }));
  }

  start(at: Date, appointmentId: string) {
    return this.step(at, 'start', () => startAppointment(this.fieldActor(appointmentId), { jobId: this.jobId, appointmentId }));
  }

  completeVisit(at: Date, appointmentId: string, reason: string, note?: string, options: { byDispatcher?: boolean } = {}) {
    const actor = options.byDispatcher ? this.dispatcher() : this.fieldActor(appointmentId);
    return this.step(at, 'complete visit', () =>
      completeAppointment(actor, { jobId: this.jobId, appointmentId, completeReasonId: this.reasonId(reason), note }),
    );
  }

  /** Some minutes after the visit's window closed (and after the last step), never after "now". */
  afterVisit(appointmentId: string, minMinutes: number, maxMinutes: number): Date {
    const { visit } = this.booked.get(appointmentId)!;
    const closedAt = plusMinutes(zonedTimeToInstant(visit.date, visit.windowEnd, this.timeZone), this.rng.int(minMinutes, maxMinutes));
    const at = new Date(Math.max(closedAt.getTime(), this.t.getTime()));
    return at > this.world.calendar.now ? this.world.calendar.now : at;
  }

  /** On My Way, Start, Complete inside the visit's window. */
  async workVisit(appointmentId: string, reason: string, note?: string): Promise<void> {
    const { rng } = this;
    const { visit } = this.booked.get(appointmentId)!;
    const opensAt = zonedTimeToInstant(visit.date, visit.windowStart, this.timeZone);
    const eta = rng.int(12, 40);
    const enrouteAt = new Date(Math.max(this.t.getTime(), plusMinutes(opensAt, rng.int(-20, 60)).getTime()));
    await this.enroute(enrouteAt, appointmentId, eta);
    await this.start(plusMinutes(enrouteAt, eta + rng.int(-5, 10)), appointmentId);
    await this.completeVisit(this.after(35, 150), appointmentId, reason, note);
  }

  completeJob(at: Date, note?: string) {
    return this.step(at, 'complete job', () => completeJob(this.dispatcher(), { jobId: this.jobId, note }));
  }

  cancel(at: Date, by: 'enterprise' | 'provider', reason: string) {
    const actor = by === 'enterprise' ? this.enterpriseActor() : this.dispatcher();
    return this.step(at, 'cancel job', () => cancelJob(actor, { jobId: this.jobId, reason }));
  }

  reopen(at: Date, by: 'enterprise' | 'provider') {
    const actor = by === 'enterprise' ? this.enterpriseActor() : this.dispatcher();
    return this.step(at, 'reopen job', () => reopenJob(actor, { jobId: this.jobId }));
  }

  requestUpdate(at: Date, message?: string) {
    return this.step(at, 'request update', () => requestUpdate(this.enterpriseActor(), { jobId: this.jobId, message }));
  }
}

function visitFields(visit: Visit) {
  return { date: visit.date, windowStart: visit.windowStart, windowEnd: visit.windowEnd, technicianId: visit.tech?.userId ?? '' };
}

