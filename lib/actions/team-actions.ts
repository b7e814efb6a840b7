'use server';

import { addTechnician } from '@/lib/server/team/add-technician';
import { deactivateTechnician } from '@/lib/server/team/deactivate-technician';
import { runAction } from './run-action';

const provider = { portal: 'provider' } as const;

export async function addTechnicianAction(input: Parameters<typeof addTechnician>[1]) {
  return runAction(provider, (actor) => addTechnician(actor, input));
}

export async function deactivateTechnicianAction(input: Parameters<typeof deactivateTechnician>[1]) {
  return runAction(provider, (actor) => deactivateTechnician(actor, input));
}
