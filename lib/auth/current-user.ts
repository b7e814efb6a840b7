import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { EventSource, OrganizationKind } from '@/lib/domain/statuses';
import type { Actor } from '@/lib/server/actor';
import { logEvent } from '@/lib/server/log';
import { getSessionUser } from '@/lib/server/users/get-session-user';
import type { SessionUser } from '@/lib/server/users/sign-in-with-password';
import { auth } from './auth';

/** The signed-in user, checked against the database once per request (see getSessionUser). */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.userId) return null;
  return getSessionUser(session.userId, session.sessionVersion);
});

export function homeFor(user: Pick<SessionUser, 'organizationKind' | 'role'>): string {
  if (user.organizationKind === 'enterprise') return '/manage/jobs';
  return user.role === 'technician' ? '/provider/today' : '/provider';
}

/** For portal pages: the user, or a redirect to sign-in (or to their own portal). */
export async function requireUser(kind?: OrganizationKind): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect('/login');
  if (kind && user.organizationKind !== kind) {
    logEvent('authorization.refused', { userId: user.id, role: user.role, portal: kind });
    redirect(homeFor(user));
  }
  return user;
}

export function actorOf(user: SessionUser, source: EventSource = 'web'): Actor {
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    organizationId: user.organizationId,
    organizationKind: user.organizationKind,
    source,
  };
}
