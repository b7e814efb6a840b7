'use server';

import { addTechnician } from '@/lib/server/team/add-technician';
import { deactivateTechnician } from '@/lib/server/team/deactivate-technician';
import type { CommandInput } from './action-result';
import { runCommandAction } from './run-action';

const provider = 'provider';

export async function addTechnicianAction(input: CommandInput<Parameters<typeof addTechnician>[1]>) {
  return runCommandAction({ portal: provider, action: 'add_technician' }, input, addTechnician);
}

export async function deactivateTechnicianAction(input: CommandInput<Parameters<typeof deactivateTechnician>[1]>) {
  return runCommandAction({ portal: provider, action: 'deactivate_technician' }, input, deactivateTechnician);
}
