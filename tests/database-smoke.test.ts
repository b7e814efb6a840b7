import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { customers, jobEvents, jobs, organizations } from '@/db/schema';
import { createTestDatabase } from './support/test-database';

// Drizzle wraps driver errors ("Failed query: …"); the database's own message is the cause.
async function databaseErrorOf(promise: PromiseLike<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    return cause instanceof Error ? cause.message : String(cause);
  }
  throw new Error('Expected the database to refuse the statement.');
}

async function insertJob() {
  const db = await getDb();
  const [organization] = await db.insert(organizations).values({ kind: 'enterprise', name: 'Acme' }).returning();
  const [customer] = await db
    .insert(customers)
    .values({ organizationId: organization!.id, name: 'Ada Park', phone: '+15555550100' })
    .returning();
  const [job] = await db
    .insert(jobs)
    .values({
      organizationId: organization!.id,
      number: 1001,
      customerId: customer!.id,
      title: 'Leaking tap',
      addressLine1: '1 Main St',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
      timeZone: 'America/Chicago',
      status: 'unassigned',
    })
    .returning();
  return { organization: organization!, job: job! };
}

describe('test database', () => {
  it('starts migrated and empty', async () => {
    const db = await getDb();
    expect(await db.$count(jobs)).toBe(0);
  });

  it('keeps job events append-only', async () => {
    const db = await getDb();
    const { job } = await insertJob();
    const [event] = await db
      .insert(jobEvents)
      .values({ jobId: job.id, type: 'job.created', actorName: 'System', source: 'system', toStatus: 'unassigned' })
      .returning();

    expect(await databaseErrorOf(db.update(jobEvents).set({ type: 'job.reopened' }).where(eq(jobEvents.id, event!.id)))).toMatch(
      /append-only/,
    );
    expect(await databaseErrorOf(db.delete(jobEvents).where(eq(jobEvents.id, event!.id)))).toMatch(/append-only/);
    expect(await db.select({ type: jobEvents.type }).from(jobEvents)).toEqual([{ type: 'job.created' }]);
  });

  it('refuses a customer phone number that is not E.164', async () => {
    const db = await getDb();
    const [organization] = await db.insert(organizations).values({ kind: 'enterprise', name: 'Acme' }).returning();

    const message = await databaseErrorOf(
      db.insert(customers).values({ organizationId: organization!.id, name: 'Bo Diaz', phone: '555-0100' }),
    );

    expect(message).toMatch(/customers_phone_e164/);
  });

  it('gives every caller its own database', async () => {
    await insertJob();
    const other = await createTestDatabase();
    try {
      expect(await other.db.$count(organizations)).toBe(0);
      expect(await (await getDb()).$count(organizations)).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});
