import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { completeReasons } from '@/db/schema';
import { REASON_EFFECTS } from '@/lib/domain/statuses';
import type { Actor } from '../actor';
import { now } from '../clock';
import { conflict, notFound } from '../errors';
import { inTransaction } from '../transaction';
import { parseInput, trimmed } from '../validation';
import { requireEnterpriseAdmin } from './require-admin';

export const saveCompleteReasonInput = z.object({
  // Absent for a new reason.
  id: z
    .union([z.uuid(), z.literal('')])
    .optional()
    .transform((v) => v || undefined),
  label: trimmed('Label', 100),
  effect: z.enum(REASON_EFFECTS, { error: 'Choose whether the reason completes or pauses the job.' }),
  sortOrder: z.coerce.number({ error: 'Enter a number.' }).int({ error: 'Enter a whole number.' }).min(0).max(10_000).default(0),
  active: z.boolean().default(true),
});

/** Adds a complete reason to the admin's enterprise, or changes one of its own. */
export async function saveCompleteReason(actor: Actor, raw: z.input<typeof saveCompleteReasonInput>) {
  requireEnterpriseAdmin(actor);
  const input = parseInput(saveCompleteReasonInput, raw);
  const org = actor.organizationId;
  return inTransaction(async (tx) => {
    const [clash] = await tx
      .select({ id: completeReasons.id })
      .from(completeReasons)
      .where(and(eq(completeReasons.organizationId, org), eq(completeReasons.label, input.label), input.id ? ne(completeReasons.id, input.id) : undefined));
    if (clash) throw conflict(`The reason "${input.label}" is already on the list.`);
    const values = { label: input.label, effect: input.effect, sortOrder: input.sortOrder, active: input.active };
    if (!input.id) {
      const [created] = await tx.insert(completeReasons).values({ ...values, organizationId: org, createdAt: now() }).returning({ id: completeReasons.id });
      return { id: created!.id };
    }
    const [updated] = await tx
      .update(completeReasons)
      .set(values)
      .where(and(eq(completeReasons.id, input.id), eq(completeReasons.organizationId, org)))
      .returning({ id: completeReasons.id });
    if (!updated) throw notFound('Complete reason');
    return { id: updated.id };
  });
}
