'use server';

import { addProviderToNetwork, removeProviderFromNetwork } from '@/lib/server/settings/change-network';
import { deleteCompleteReason } from '@/lib/server/settings/delete-complete-reason';
import { addStaffUser, deactivateUser } from '@/lib/server/settings/manage-users';
import { saveCompleteReason } from '@/lib/server/settings/save-complete-reason';
import type { CommandInput } from './action-result';
import { runCommandAction } from './run-action';

const manage = 'enterprise';

export async function saveCompleteReasonAction(input: CommandInput<Parameters<typeof saveCompleteReason>[1]>) {
  return runCommandAction({ portal: manage, action: 'save_complete_reason' }, input, saveCompleteReason);
}

export async function deleteCompleteReasonAction(input: CommandInput<Parameters<typeof deleteCompleteReason>[1]>) {
  return runCommandAction({ portal: manage, action: 'delete_complete_reason' }, input, deleteCompleteReason);
}

export async function addProviderToNetworkAction(input: CommandInput<Parameters<typeof addProviderToNetwork>[1]>) {
  return runCommandAction({ portal: manage, action: 'add_network_provider' }, input, addProviderToNetwork);
}

export async function removeProviderFromNetworkAction(input: CommandInput<Parameters<typeof removeProviderFromNetwork>[1]>) {
  return runCommandAction({ portal: manage, action: 'remove_network_provider' }, input, removeProviderFromNetwork);
}

export async function addStaffUserAction(input: CommandInput<Parameters<typeof addStaffUser>[1]>) {
  return runCommandAction({ portal: manage, action: 'add_staff_user' }, input, addStaffUser);
}

export async function deactivateUserAction(input: CommandInput<Parameters<typeof deactivateUser>[1]>) {
  return runCommandAction({ portal: manage, action: 'deactivate_user' }, input, deactivateUser);
}
