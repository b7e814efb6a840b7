import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import type { Actor } from '../actor';
import { now } from '../clock';
import { conflict, notFound } from '../errors';
import { createUser } from '../organizations/create-user';
import { inTransaction } from '../transaction';
import { hashPassword } from '../users/passwords';
import { id, parseInput, trimmed } from '../validation';
import { requireEnterpriseAdmin } from './require-admin';

export const addStaffUserInput = z.object({
  name: trimmed('Name', 200),
  email: z.string().trim().toLowerCase().pipe(z.email({ error: 'Enter a valid email address.' })),
  password: z.string().min(12, { error: 'Use at least 12 characters.' }).max(200, { error: 'Use at most 200 characters.' }),
});

/** A new enterprise staff member who signs in with the initial password the admin gives them. */
export async function addStaffUser(actor: Actor, raw: z.input<typeof addStaffUserInput>) {
  requireEnterpriseAdmin(actor);
  const input = parseInput(addStaffUserInput, raw);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    const user = await createUser({ organizationId: actor.organizationId, name: input.name, email: input.email, role: 'enterprise_staff', passwordHash }, tx);
    return { userId: user.id, name: user.name };
  });
}

export const deactivateUserInput = z.object({ userId: id });

/** Ends a user's access at once: bumping the session version invalidates every session they hold. */
export async function deactivateUser(actor: Actor, raw: z.input<typeof deactivateUserInput>) {
  requireEnterpriseAdmin(actor);
  const input = parseInput(deactivateUserInput, raw);
  if (input.userId === actor.userId) throw conflict('You can’t deactivate yourself. Ask another admin.');
  return inTransaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ active: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now() })
      .where(and(eq(users.id, input.userId), eq(users.organizationId, actor.organizationId), eq(users.active, true)))
      .returning({ id: users.id, name: users.name });
    if (!user) throw notFound('Active user');
    return { userId: user.id, name: user.name };
  });
}
