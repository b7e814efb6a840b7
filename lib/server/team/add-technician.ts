import 'server-only';
import { z } from 'zod';
import type { Actor } from '../actor';
import { createUser } from '../organizations/create-user';
import { logEvent } from '../log';
import { inTransaction } from '../transaction';
import { hashPassword } from '../users/passwords';
import { parseInput, trimmed } from '../validation';
import { assertDispatcher } from './assert-dispatcher';

export const MIN_PASSWORD_LENGTH = 12;

export const addTechnicianInput = z.object({
  name: trimmed('Name', 200),
  email: z.string().trim().toLowerCase().pipe(z.email({ error: 'Enter a valid email address.' })),
  phone: z.string().trim().optional(),
  password: z
    .string({ error: 'Enter an initial password.' })
    .min(MIN_PASSWORD_LENGTH, { error: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.` })
    .max(200, { error: 'The password can be at most 200 characters.' }),
});

/** A new technician of the dispatcher's own company, signing in with the initial password given here. */
export async function addTechnician(actor: Actor, raw: z.input<typeof addTechnicianInput>) {
  assertDispatcher(actor);
  const input = parseInput(addTechnicianInput, raw);
  const passwordHash = await hashPassword(input.password);
  const added = await inTransaction(async (tx) => {
    const user = await createUser({ organizationId: actor.organizationId, role: 'technician', name: input.name, email: input.email, phone: input.phone, passwordHash }, tx);
    return { id: user.id, name: user.name };
  });
  logEvent('team.technician_added', { by: actor.userId, userId: added.id });
  return added;
}
