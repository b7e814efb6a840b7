'use server';

import { addProviderToNetwork, removeProviderFromNetwork } from '@/lib/server/settings/change-network';
import { deleteCompleteReason } from '@/lib/server/settings/delete-complete-reason';
import { addStaffUser, deactivateUser } from '@/lib/server/settings/manage-users';
import { saveCompleteReason } from '@/lib/server/settings/save-complete-reason';
import { runAction } from './run-action';

const manage = { portal: 'enterprise' } as const;

export async function saveCompleteReasonAction(input: Parameters<typeof saveCompleteReason>[1]) {
  return runAction(manage, (actor) => saveCompleteReason(actor, input));
}

export async function deleteCompleteReasonAction(input: Parameters<typeof deleteCompleteReason>[1]) {
  return runAction(manage, (actor) => deleteCompleteReason(actor, input));
}

export async function addProviderToNetworkAction(input: Parameters<typeof addProviderToNetwork>[1]) {
  return runAction(manage, (actor) => addProviderToNetwork(actor, input));
}

export async function removeProviderFromNetworkAction(input: Parameters<typeof removeProviderFromNetwork>[1]) {
  return runAction(manage, (actor) => removeProviderFromNetwork(actor, input));
}

export async function addStaffUserAction(input: Parameters<typeof addStaffUser>[1]) {
  return runAction(manage, (actor) => addStaffUser(actor, input));
}

export async function deactivateUserAction(input: Parameters<typeof deactivateUser>[1]) {
  return runAction(manage, (actor) => deactivateUser(actor, input));
}
