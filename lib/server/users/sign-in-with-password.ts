import 'server-only';
import { and, desc, eq, gte } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { loginAttempts, organizations, users } from '@/db/schema';
import { now } from '../clock';
import { logEvent } from '../log';
import { dummyPasswordHash, verifyPassword } from './passwords';

export const MAX_FAILED_ATTEMPTS = 10;
export const LOCK_MINUTES = 15;

export const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1000),
});

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: (typeof users.$inferSelect)['role'];
  organizationId: string;
  organizationName: string;
  organizationKind: (typeof organizations.$inferSelect)['kind'];
  sessionVersion: number;
};

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks an email and password. Ten failures for one email within 15 minutes lock it for
 * 15 minutes from the tenth; unknown and known emails get the same answer, in the same time.
 */
export async function signInWithPassword(raw: unknown): Promise<SignInResult> {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const db = await getDb();
  const at = now();
  const lockMs = LOCK_MINUTES * 60_000;

  // Attempts are not recorded while locked, so the ten latest failures are the ones that locked it.
  const failures = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gte(loginAttempts.at, new Date(at.getTime() - 2 * lockMs))))
    .orderBy(desc(loginAttempts.at))
    .limit(MAX_FAILED_ATTEMPTS);
  if (isLocked(failures.map((f) => f.at), at, lockMs)) {
    logEvent('auth.sign_in', { email, outcome: 'locked' });
    return { ok: false, reason: 'locked' };
  }

  const [row] = await db
    .select({ user: users, organization: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.email, email));
  const valid = await verifyPassword(row?.user.passwordHash ?? (await dummyPasswordHash()), password);
  const succeeded = Boolean(row && valid && row.user.active);
  await db.insert(loginAttempts).values({ email, succeeded, at });
  logEvent('auth.sign_in', { email, outcome: succeeded ? 'success' : 'failure', userId: succeeded ? row!.user.id : undefined });
  if (!succeeded || !row) return { ok: false, reason: 'invalid' };

  return {
    ok: true,
    user: {
      id: row.user.id,
      name: row.user.name,
      email: row.user.email,
      role: row.user.role,
      organizationId: row.organization.id,
      organizationName: row.organization.name,
      organizationKind: row.organization.kind,
      sessionVersion: row.user.sessionVersion,
    },
  };
}

/** `latestFailures` newest first: locked when ten fell within one lock span and the tenth is recent. */
function isLocked(latestFailures: Date[], at: Date, lockMs: number): boolean {
  if (latestFailures.length < MAX_FAILED_ATTEMPTS) return false;
  const tenth = latestFailures[0]!.getTime();
  const first = latestFailures[MAX_FAILED_ATTEMPTS - 1]!.getTime();
  return tenth - first <= lockMs && at.getTime() - tenth < lockMs;
}
