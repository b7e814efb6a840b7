import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { organizations, users } from '@/db/schema';
import type { SessionUser } from './sign-in-with-password';

/**
 * The user behind a session token, if that session is still valid: an inactive user, or
 * a token older than the user's last password change or deactivation, gets nothing.
 */
export async function getSessionUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const db = await getDb();
  const [row] = await db
    .select({ user: users, organization: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, userId));
  if (!row || !row.user.active || row.user.sessionVersion !== sessionVersion) return null;
  return {
    id: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.user.role,
    organizationId: row.organization.id,
    organizationName: row.organization.name,
    organizationKind: row.organization.kind,
    sessionVersion: row.user.sessionVersion,
  };
}
