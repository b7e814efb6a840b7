'use server';

import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { runAction } from './run-action';

const provider = { portal: 'provider' } as const;

export async function scheduleAppointmentAction(input: Parameters<typeof scheduleAppointment>[1]) {
  return runAction(provider, (actor) => scheduleAppointment(actor, input));
}

export async function rescheduleAppointmentAction(input: Parameters<typeof rescheduleAppointment>[1]) {
  return runAction(provider, (actor) => rescheduleAppointment(actor, input));
}

export async function reassignAppointmentAction(input: Parameters<typeof reassignAppointment>[1]) {
  return runAction(provider, (actor) => reassignAppointment(actor, input));
}

export async function cancelAppointmentAction(input: Parameters<typeof cancelAppointment>[1]) {
  return runAction(provider, (actor) => cancelAppointment(actor, input));
}

export async function markEnrouteAction(input: Parameters<typeof markEnroute>[1]) {
  return runAction(provider, (actor) => markEnroute(actor, input));
}

export async function startAppointmentAction(input: Parameters<typeof startAppointment>[1]) {
  return runAction(provider, (actor) => startAppointment(actor, input));
}

export async function completeAppointmentAction(input: Parameters<typeof completeAppointment>[1]) {
  return runAction(provider, (actor) => completeAppointment(actor, input));
}
