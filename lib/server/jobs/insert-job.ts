import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { customerNameKeys, customers, jobs, organizations, type Job } from '@/db/schema';
import type { Tx } from '@/db/types';
import { invalidInput } from '../errors';
import type { NewJobFields } from './job-input';

/** What free text matches besides the customer's name (see customerNameKeys); migration 0004 builds the same in SQL. */
export function jobSearchText(job: Pick<Job, 'number' | 'externalId' | 'addressLine1' | 'addressLine2' | 'city' | 'region' | 'postalCode'>, customer: { phone: string | null }): string {
  return [`#${job.number}`, job.externalId, customer.phone, customer.phone?.replace(/^\+1/, ''), job.addressLine1, job.addressLine2, job.city, job.region, job.postalCode]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** A new job's row before the status rules have spoken: the pipeline adds status and next visit. */
export type NewJobRow = Omit<typeof jobs.$inferInsert, 'status' | 'nextVisitAt'> & Pick<Job, 'id' | 'organizationId' | 'providerId' | 'isDirect' | 'number' | 'timeZone'>;

/**
 * Creates (or reuses, within the owner organization) the customer, takes the next job number
 * and builds the job's row; the creation pipeline writes it, once, with its derived status.
 */
export async function prepareJobRow(
  tx: Tx,
  owner: { organizationId: string; providerId: string | null; isDirect: boolean },
  fields: NewJobFields,
  at: Date,
): Promise<NewJobRow> {
  const customer = fields.customerId
    ? (await tx.select().from(customers).where(and(eq(customers.id, fields.customerId), eq(customers.organizationId, owner.organizationId))))[0]
    : (
        await tx
          .insert(customers)
          .values({
            organizationId: owner.organizationId,
            name: fields.customerName!,
            phone: fields.customerPhone ?? null,
            email: fields.customerEmail ?? null,
            smsConsent: fields.smsConsent,
            createdAt: at,
          })
          .returning()
      )[0];
  if (!customer) throw invalidInput('That customer does not exist.', { customerId: ['Pick an existing customer.'] });

  const [org] = await tx
    .update(organizations)
    .set({ nextJobNumber: sql`${organizations.nextJobNumber} + 1` })
    .where(eq(organizations.id, owner.organizationId))
    .returning({ number: sql<number>`${organizations.nextJobNumber} - 1` });
  const number = Number(org!.number);
  const customerNameKey = customer.name.toLowerCase();
  await tx.insert(customerNameKeys).values({ organizationId: owner.organizationId, nameKey: customerNameKey }).onConflictDoNothing();
  const base = { ...fields, number, externalId: fields.externalId ?? null, addressLine2: fields.addressLine2 ?? null };
  return {
    id: randomUUID(),
    organizationId: owner.organizationId,
    providerId: owner.providerId,
    isDirect: owner.isDirect,
    number,
    customerId: customer.id,
    title: fields.title,
    description: fields.description ?? '',
    priority: fields.priority,
    externalId: base.externalId,
    addressLine1: fields.addressLine1,
    addressLine2: base.addressLine2,
    city: fields.city,
    region: fields.region,
    postalCode: fields.postalCode,
    timeZone: fields.timeZone,
    searchText: jobSearchText(base, customer),
    customerNameKey,
    createdAt: at,
    updatedAt: at,
    lastActivityAt: at,
  };
}
