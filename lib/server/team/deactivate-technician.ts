import 'server-only';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { appointments, users } from '@/db/schema';
import { OPEN_APPOINTMENT_STATUSES } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { now } from '../clock';
import { notFound } from '../errors';
import { logEvent } from '../log';
import { inTransaction } from '../transaction';
import { id, parseInput } from '../validation';
import { assertDispatcher } from './assert-dispatcher';

export const deactivateTechnicianInput = z.object({ userId: id });

/**
 * Stops a technician from signing in or being given work. Bumping the session version ends
 * every session they have open (getSessionUser refuses an older token) on its next request.
 * Their open visits stay assigned so nothing vanishes from the schedule; the answer counts them
 * so the dispatcher can reassign.
 */
export async function deactivateTechnician(actor: Actor, raw: z.input<typeof deactivateTechnicianInput>) {
  assertDispatcher(actor);
  const input = parseInput(deactivateTechnicianInput, raw);
  return inTransaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ active: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now() })
      .where(and(eq(users.id, input.userId), eq(users.organizationId, actor.organizationId), eq(users.role, 'technician'), eq(users.active, true)))
      .returning({ id: users.id, name: users.name });
    // Another company's user, a dispatcher or an already inactive technician: nothing this dispatcher can deactivate.
    if (!user) throw notFound('Active technician');
    const [open] = await tx
      .select({ n: count() })
      .from(appointments)
      .where(and(eq(appointments.technicianId, user.id), inArray(appointments.status, [...OPEN_APPOINTMENT_STATUSES])));
    logEvent('team.technician_deactivated', { by: actor.userId, userId: user.id });
    return { id: user.id, name: user.name, openVisits: open?.n ?? 0 };
  });
}
