import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { appointments, completeReasons } from '@/db/schema';
import type { Actor } from '../actor';
import { conflict, notFound } from '../errors';
import { inTransaction } from '../transaction';
import { id, parseInput } from '../validation';
import { requireEnterpriseAdmin } from './require-admin';

export const deleteCompleteReasonInput = z.object({ id });

/** Deletes a reason no visit has used; a used one stays, because past outcomes point at it (deactivate it instead). */
export async function deleteCompleteReason(actor: Actor, raw: z.input<typeof deleteCompleteReasonInput>) {
  requireEnterpriseAdmin(actor);
  const input = parseInput(deleteCompleteReasonInput, raw);
  return inTransaction(async (tx) => {
    const [reason] = await tx
      .select({ id: completeReasons.id })
      .from(completeReasons)
      .where(and(eq(completeReasons.id, input.id), eq(completeReasons.organizationId, actor.organizationId)))
      .for('update');
    if (!reason) throw notFound('Complete reason');
    // The row lock above does not stop a visit from using the reason meanwhile; the foreign key does, and fails the delete.
    const [used] = await tx.select({ one: sql`1` }).from(appointments).where(eq(appointments.completeReasonId, reason.id)).limit(1);
    if (used) throw conflict('This reason is already used by completed visits. Deactivate it instead.');
    await tx.delete(completeReasons).where(eq(completeReasons.id, reason.id));
    return { id: reason.id };
  });
}
