import 'server-only';
import { revalidatePath } from 'next/cache';
import { actorOf, currentUser } from '@/lib/auth/current-user';
import type { EventSource, OrganizationKind } from '@/lib/domain/statuses';
import type { Actor } from '@/lib/server/actor';
import { isAppError } from '@/lib/server/errors';
import { logEvent } from '@/lib/server/log';
import type { ActionResult } from './action-result';

type Options = { portal: OrganizationKind };

/**
 * Every server action goes through here, so none can skip a step: load the actor from the
 * live session, run the operation, turn expected failures into a typed result, revalidate.
 */
export async function runAction<T>(options: Options, operation: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  const user = await currentUser();
  if (!user) return { ok: false, code: 'UNAUTHENTICATED', message: 'Your session has ended. Sign in again.' };
  if (user.organizationKind !== options.portal) {
    logEvent('authorization.refused', { userId: user.id, role: user.role, portal: options.portal });
    return { ok: false, code: 'FORBIDDEN', message: 'You are not allowed to do that.' };
  }
  try {
    // Technicians work from the phone view; everyone else from the web portals.
    const source: EventSource = user.role === 'technician' ? 'mobile' : 'web';
    const data = await operation(actorOf(user, source));
    revalidatePath('/manage', 'layout');
    revalidatePath('/provider', 'layout');
    return { ok: true, data };
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === 'FORBIDDEN') logEvent('authorization.refused', { userId: user.id, role: user.role, message: error.message });
      return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    }
    console.error(error);
    return { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side. Nothing was changed; try again in a moment.' };
  }
}
