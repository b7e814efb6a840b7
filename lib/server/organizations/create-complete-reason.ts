import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { completeReasons, organizations, type CompleteReason } from '@/db/schema';
import type { Queryable } from '@/db/types';
import { REASON_EFFECTS } from '@/lib/domain/statuses';
import { now } from '../clock';
import { conflict, invalidInput } from '../errors';
import { id, parseInput, trimmed } from '../validation';
import { provisioningDb } from './provisioning';

export const createCompleteReasonInput = z.object({
  organizationId: id,
  label: trimmed('Label', 100),
  effect: z.enum(REASON_EFFECTS, { error: 'Choose whether the reason completes or pauses the job.' }),
  sortOrder: z.coerce.number().int().min(0).max(10_000).default(0),
});

/**
 * One entry of an organization's complete-reason list: an enterprise's list serves its jobs,
 * a provider's list serves the provider's direct jobs.
 */
export async function createCompleteReason(raw: z.input<typeof createCompleteReasonInput>, db?: Queryable): Promise<CompleteReason> {
  const input = parseInput(createCompleteReasonInput, raw);
  const q = await provisioningDb(db);
  const [organization] = await q.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId));
  if (!organization) throw invalidInput('That organization does not exist.', { organizationId: ['Pick an existing organization.'] });
  const [existing] = await q
    .select({ id: completeReasons.id })
    .from(completeReasons)
    .where(and(eq(completeReasons.organizationId, input.organizationId), eq(completeReasons.label, input.label)));
  if (existing) throw conflict(`The reason "${input.label}" is already on the list.`);
  const [reason] = await q.insert(completeReasons).values({ ...input, createdAt: now() }).returning();
  return reason!;
}
