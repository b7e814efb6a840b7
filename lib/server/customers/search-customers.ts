import 'server-only';
import { and, asc, eq, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { customers } from '@/db/schema';
import type { Actor } from '../actor';
import { forbidden } from '../errors';
import { parseInput } from '../validation';

export const searchCustomersInput = z.object({ q: z.string().trim().min(2).max(100) });

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Up to 20 of the enterprise's own customers whose name, phone or email contains the text. */
export async function searchCustomers(actor: Actor, raw: z.input<typeof searchCustomersInput>) {
  if (actor.organizationKind !== 'enterprise') throw forbidden();
  const input = parseInput(searchCustomersInput, raw);
  const pattern = `%${escapeLike(input.q)}%`;
  const digits = input.q.replace(/\D/g, '');
  const db = await getDb();
  return db
    .select({ id: customers.id, name: customers.name, phone: customers.phone, email: customers.email })
    .from(customers)
    .where(
      and(
        eq(customers.organizationId, actor.organizationId),
        or(ilike(customers.name, pattern), ilike(customers.email, pattern), digits.length >= 3 ? ilike(customers.phone, `%${digits}%`) : undefined),
      ),
    )
    .orderBy(asc(customers.name))
    .limit(20);
}
