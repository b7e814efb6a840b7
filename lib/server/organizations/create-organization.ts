import 'server-only';
import { z } from 'zod';
import { organizations, type Organization } from '@/db/schema';
import type { Queryable } from '@/db/types';
import { ORGANIZATION_KINDS } from '@/lib/domain/statuses';
import { isValidTimeZone } from '@/lib/domain/zoned-time';
import { now } from '../clock';
import { parseInput, trimmed } from '../validation';
import { provisioningDb } from './provisioning';

export const createOrganizationInput = z.object({
  kind: z.enum(ORGANIZATION_KINDS, { error: 'Choose enterprise or provider.' }),
  name: trimmed('Organization name', 200),
  timeZone: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || 'America/New_York')
    .refine(isValidTimeZone, { error: 'Enter an IANA time zone, e.g. America/Chicago.' }),
});

/** A new enterprise or provider, with no users yet (see provisioning.ts for who may call this). */
export async function createOrganization(raw: z.input<typeof createOrganizationInput>, db?: Queryable): Promise<Organization> {
  const input = parseInput(createOrganizationInput, raw);
  const [organization] = await (await provisioningDb(db))
    .insert(organizations)
    .values({ kind: input.kind, name: input.name, timeZone: input.timeZone, createdAt: now() })
    .returning();
  return organization!;
}
