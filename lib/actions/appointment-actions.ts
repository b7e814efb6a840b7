'use server';

import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import type { CommandInput } from './action-result';
import { runCommandAction } from './run-action';

const provider = 'provider';

export async function scheduleAppointmentAction(input: CommandInput<Parameters<typeof scheduleAppointment>[1]>) {
  return runCommandAction({ portal: provider, action: 'schedule_appointment' }, input, scheduleAppointment);
}

export async function rescheduleAppointmentAction(input: CommandInput<Parameters<typeof rescheduleAppointment>[1]>) {
  return runCommandAction({ portal: provider, action: 'reschedule_appointment' }, input, rescheduleAppointment);
}

export async function reassignAppointmentAction(input: CommandInput<Parameters<typeof reassignAppointment>[1]>) {
  return runCommandAction({ portal: provider, action: 'reassign_appointment' }, input, reassignAppointment);
}

export async function cancelAppointmentAction(input: CommandInput<Parameters<typeof cancelAppointment>[1]>) {
  return runCommandAction({ portal: provider, action: 'cancel_appointment' }, input, cancelAppointment);
}

export async function markEnrouteAction(input: CommandInput<Parameters<typeof markEnroute>[1]>) {
  return runCommandAction({ portal: provider, action: 'mark_enroute' }, input, markEnroute);
}

export async function startAppointmentAction(input: CommandInput<Parameters<typeof startAppointment>[1]>) {
  return runCommandAction({ portal: provider, action: 'start_appointment' }, input, startAppointment);
}

export async function completeAppointmentAction(input: CommandInput<Parameters<typeof completeAppointment>[1]>) {
  return runCommandAction({ portal: provider, action: 'complete_appointment' }, input, completeAppointment);
}
