import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { customers, organizations, users, type Appointment, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { ActivityEventType } from '@/lib/domain/activity-events';
import { formatInZone, formatWindow } from '@/lib/format/time';
import type { OutboxDraft } from './outbox-draft';

/** The activity events a customer is texted about. */
export type CustomerAlertKind = Extract<
  ActivityEventType,
  'appointment.scheduled' | 'appointment.rescheduled' | 'appointment.enroute' | 'appointment.started' | 'appointment.completed' | 'job.canceled'
>;

/** Where customers' links point: APP_URL in production; this server's own port on a developer's machine. */
function appUrl(): string {
  return (process.env.APP_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
}

function firstName(name: string | null | undefined): string {
  return name?.trim().split(/\s+/)[0] || 'Your technician';
}

function body(kind: CustomerAlertKind, ctx: { provider: string; tech: string | null; job: Job; appointment: Appointment | null }): string {
  const { provider, job, appointment: a } = ctx;
  const track = a ? ` Track it: ${appUrl()}/t/${a.trackingToken}` : '';
  switch (kind) {
    case 'appointment.scheduled':
      return `${provider}: your visit for "${job.title}" is booked for ${formatWindow(a!.windowStart, a!.windowEnd, job.timeZone)}.${track}`;
    case 'appointment.rescheduled':
      return `${provider}: your visit for "${job.title}" has moved to ${formatWindow(a!.windowStart, a!.windowEnd, job.timeZone)}.${track}`;
    case 'appointment.enroute':
      return `${provider}: ${firstName(ctx.tech)} is on the way and should arrive around ${formatInZone(a!.etaAt!, job.timeZone, { timeOnly: true })}.${track}`;
    case 'appointment.started':
      return `${provider}: ${firstName(ctx.tech)} has arrived and started work.${track}`;
    case 'appointment.completed':
      return `${provider}: your visit is complete. Thank you! Tell us how it went: ${appUrl()}/s/${a!.trackingToken}`;
    case 'job.canceled':
      return `${provider}: your service job #${job.number} ("${job.title}") has been canceled. Reply or call us with any questions.`;
  }
}

/**
 * The SMS a customer gets for an action, queued in the action's own transaction; `job` is the
 * row as the action saved it. The key is stable per job version, so a retried delivery is
 * recognised and never sent twice.
 */
export async function customerAlert(
  tx: Tx,
  kind: CustomerAlertKind,
  job: Job,
  appointment: Appointment | null,
): Promise<OutboxDraft[]> {
  const [customer] = await tx.select().from(customers).where(eq(customers.id, job.customerId));
  if (!customer?.phone || !customer.smsConsent) return [];
  const providerId = job.providerId ?? job.organizationId;
  const [provider] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, providerId));
  const [tech] = appointment?.technicianId
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, appointment.technicianId))
    : [];
  // STOP belongs to the phone number (carriers block it too), not to one customer record.
  const [stopped] = await tx
    .select({ at: customers.smsOptedOutAt })
    .from(customers)
    .where(and(eq(customers.phone, customer.phone), isNotNull(customers.smsOptedOutAt)))
    .limit(1);
  const text = body(kind, { provider: provider?.name ?? 'Your service provider', tech: tech?.name ?? null, job, appointment });
  return [
    {
      jobId: job.id,
      appointmentId: appointment?.id ?? null,
      channel: 'sms',
      kind,
      recipient: customer.phone,
      body: text,
      payload: { customerId: customer.id },
      idempotencyKey: `sms:${kind}:${appointment?.id ?? job.id}:${job.version}`,
      status: stopped ? 'suppressed' : 'queued',
      lastError: stopped ? 'Customer replied STOP' : null,
    },
  ];
}
