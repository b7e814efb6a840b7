import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { organizations, users, type User } from '@/db/schema';
import type { Queryable } from '@/db/types';
import { toE164 } from '@/lib/domain/phone';
import { ROLES, type OrganizationKind, type Role } from '@/lib/domain/statuses';
import { now } from '../clock';
import { conflict, invalidInput } from '../errors';
import { id, parseInput, trimmed } from '../validation';
import { provisioningDb } from './provisioning';

const ROLES_OF: Record<OrganizationKind, readonly Role[]> = {
  enterprise: ['enterprise_admin', 'enterprise_staff'],
  provider: ['provider_dispatcher', 'technician'],
};

export const createUserInput = z.object({
  organizationId: id,
  email: z
    .string({ error: 'Email is required.' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'Enter a valid email address.' })),
  name: trimmed('Name', 200),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const e164 = toE164(v);
      if (!e164) ctx.addIssue({ code: 'custom', message: 'Enter a valid phone number, e.g. +1 512 555 0143.' });
      return e164;
    }),
  role: z.enum(ROLES, { error: 'Choose a role.' }),
  // Hashed by the caller (passwords.ts), which also owns the password rules: the demo seed
  // hashes its one shared password once for every user instead of once per user.
  passwordHash: z.string().startsWith('$argon2id$', { error: 'The password must be hashed with argon2id.' }),
});

/** A user of an existing organization, with a role that fits its kind; emails are unique across Fieldline. */
export async function createUser(raw: z.input<typeof createUserInput>, db?: Queryable): Promise<User> {
  const input = parseInput(createUserInput, raw);
  const q = await provisioningDb(db);
  const [organization] = await q.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, input.organizationId));
  if (!organization) throw invalidInput('That organization does not exist.', { organizationId: ['Pick an existing organization.'] });
  if (!ROLES_OF[organization.kind].includes(input.role)) {
    throw invalidInput(`A ${organization.kind} can't have a ${input.role} user.`, { role: [`Choose one of: ${ROLES_OF[organization.kind].join(', ')}.`] });
  }
  // Checked first for a clear message; the unique index still decides a race.
  const [taken] = await q.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (taken) throw conflict(`A user with the email ${input.email} already exists.`);
  const [user] = await q
    .insert(users)
    .values({ ...input, createdAt: now(), updatedAt: now() })
    .returning();
  return user!;
}
