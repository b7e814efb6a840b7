import 'server-only';
import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Queryable } from '@/db/types';
import { invalidInput } from '../errors';

/** A technician may only be given work by their own provider, and only while active. */
export async function getAssignableTechnicianOrThrow(db: Queryable, providerId: string, technicianId: string) {
  const [tech] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(eq(users.id, technicianId), eq(users.organizationId, providerId), eq(users.role, 'technician'), eq(users.active, true)),
    );
  if (!tech) throw invalidInput('Choose an active technician of your company.', { technicianId: ['Choose an active technician of your company.'] });
  return tech;
}
