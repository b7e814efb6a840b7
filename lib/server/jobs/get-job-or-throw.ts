import 'server-only';
import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { appointments, completeReasons, customers, jobEvents, jobs, offers, organizations, outbox, users } from '@/db/schema';
import { availableJobActions } from '@/lib/domain/permissions';
import { availableVisitActions } from '@/lib/domain/visit-actions';
import type { ActivityEventRow } from '@/db/schema';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { jobVisibleTo } from './job-scope';

const owner = alias(organizations, 'owner');
const provider = alias(organizations, 'provider');

/** Everything a job page shows, scoped to what this actor may see; another tenant's job is "not found". */
export async function getJobOrThrow(actor: Actor, jobId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(jobId)) throw notFound();
  const db = await getDb();
  const [row] = await db
    .select({ job: jobs, customer: customers, ownerName: owner.name, providerName: provider.name })
    .from(jobs)
    .innerJoin(customers, eq(customers.id, jobs.customerId))
    .innerJoin(owner, eq(owner.id, jobs.organizationId))
    .leftJoin(provider, eq(provider.id, jobs.providerId))
    .where(and(eq(jobs.id, jobId), jobVisibleTo(actor)));
  if (!row) throw notFound();
  // search_text holds the customer's phone; it is an index, never shown.
  const { searchText, ...job } = row.job;
  const isProvider = actor.organizationKind === 'provider';
  // A provider sees the customer's contact details only once the job is theirs.
  const holdsJob = job.providerId === actor.organizationId;

  const offerScope: SQL | undefined = isProvider ? eq(offers.providerId, actor.organizationId) : undefined;
  const appointmentScope: SQL | undefined = actor.role === 'technician' ? eq(appointments.technicianId, actor.userId) : undefined;
  const technician = alias(users, 'technician');
  const [jobOffers, jobAppointments, events, reasons, messages] = await Promise.all([
    db
      .select({ offer: offers, providerName: organizations.name })
      .from(offers)
      .innerJoin(organizations, eq(organizations.id, offers.providerId))
      .where(and(eq(offers.jobId, job.id), offerScope))
      .orderBy(asc(offers.offeredAt)),
    db
      .select({ appointment: appointments, technicianName: technician.name, reasonLabel: completeReasons.label, reasonEffect: completeReasons.effect })
      .from(appointments)
      .leftJoin(technician, eq(technician.id, appointments.technicianId))
      .leftJoin(completeReasons, eq(completeReasons.id, appointments.completeReasonId))
      .where(and(eq(appointments.jobId, job.id), appointmentScope))
      .orderBy(asc(appointments.windowStart)),
    db
      .select()
      .from(jobEvents)
      .where(
        and(
          eq(jobEvents.jobId, job.id),
          // A provider's timeline starts when the job reached them; earlier offers to others are not theirs to see.
          isProvider && !job.isDirect ? or(eq(jobEvents.actorOrganizationId, actor.organizationId), eq(jobEvents.actorOrganizationId, job.organizationId)) : undefined,
        ),
      )
      .orderBy(asc(jobEvents.id)),
    db
      .select({ id: completeReasons.id, label: completeReasons.label, effect: completeReasons.effect })
      .from(completeReasons)
      .where(and(eq(completeReasons.organizationId, job.organizationId), eq(completeReasons.active, true)))
      .orderBy(asc(completeReasons.sortOrder), asc(completeReasons.label)),
    db
      .select({ id: outbox.id, appointmentId: outbox.appointmentId, kind: outbox.kind, channel: outbox.channel, status: outbox.status, body: outbox.body, createdAt: outbox.createdAt, sentAt: outbox.sentAt, deliveredAt: outbox.deliveredAt, lastError: outbox.lastError, nextAttemptAt: outbox.nextAttemptAt })
      .from(outbox)
      .where(and(eq(outbox.jobId, job.id), eq(outbox.channel, 'sms')))
      .orderBy(asc(outbox.createdAt)),
  ]);

  const providerEvents = isProvider && !job.isDirect ? events.filter((e) => !isOtherProvidersOffer(e, actor.organizationId)) : events;
  // A technician sees the job through their own visits: another technician's visit, its events and
  // the texts about it (which carry the customer's tracking link) stay out of reach.
  const ownVisits = new Set(jobAppointments.map((a) => a.appointment.id));
  const concernsActor = (row: { appointmentId: string | null }) => actor.role !== 'technician' || row.appointmentId === null || ownVisits.has(row.appointmentId);
  const actions = availableJobActions(actor.role, job.status, isProvider ? holdsJob : undefined).filter(
    // Complete Job on an Unscheduled job only makes sense after a finished visit.
    (a) => a !== 'complete_job' || job.status !== 'unscheduled' || jobAppointments.some((x) => x.appointment.status === 'complete'),
  );
  return {
    job,
    ownerName: row.ownerName,
    providerName: row.providerName,
    customer: {
      name: row.customer.name,
      phone: !isProvider || holdsJob ? row.customer.phone : null,
      email: !isProvider || holdsJob ? row.customer.email : null,
      smsOptedOut: Boolean(row.customer.smsOptedOutAt),
    },
    offers: jobOffers.map(({ offer, providerName }) => ({ ...offer, providerName })),
    appointments: jobAppointments.map(({ appointment, ...rest }) => ({
      ...appointment,
      ...rest,
      actions: availableVisitActions(actor.role, actions, appointment.status),
    })),
    // Every event was written through EventInput, so its details are those of its type.
    events: providerEvents.filter(concernsActor) as ActivityEventRow[],
    completeReasons: reasons,
    messages: messages.filter(concernsActor),
    actions,
  };
}

function isOtherProvidersOffer(event: { details: object }, providerId: string): boolean {
  return 'providerId' in event.details && event.details.providerId !== providerId;
}

export type JobDetail = Awaited<ReturnType<typeof getJobOrThrow>>;
