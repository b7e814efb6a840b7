import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { appointments, commands, jobs } from '@/db/schema';
import type { Actor } from '@/lib/server/actor';
import { cancelAppointment } from '@/lib/server/appointments/cancel-appointment';
import { completeAppointment } from '@/lib/server/appointments/complete-appointment';
import { markEnroute } from '@/lib/server/appointments/mark-enroute';
import { reassignAppointment } from '@/lib/server/appointments/reassign-appointment';
import { rescheduleAppointment } from '@/lib/server/appointments/reschedule-appointment';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { startAppointment } from '@/lib/server/appointments/start-appointment';
import { now } from '@/lib/server/clock';
import { deleteOldCommands } from '@/lib/server/commands/command-record';
import { runCommand, type JsonValue } from '@/lib/server/commands/run-command';
import { cancelJob } from '@/lib/server/jobs/cancel-job';
import { completeJob } from '@/lib/server/jobs/complete-job';
import { createDirectJob } from '@/lib/server/jobs/create-direct-job';
import { createJob } from '@/lib/server/jobs/create-job';
import { reopenJob } from '@/lib/server/jobs/reopen-job';
import { acceptOffer } from '@/lib/server/offers/accept-offer';
import { declineOffer } from '@/lib/server/offers/decline-offer';
import { offerJob } from '@/lib/server/offers/offer-job';
import { requestUpdate } from '@/lib/server/offers/request-update';
import { withdrawOffer } from '@/lib/server/offers/withdraw-offer';
import { addProviderToNetwork, removeProviderFromNetwork } from '@/lib/server/settings/change-network';
import { deleteCompleteReason } from '@/lib/server/settings/delete-complete-reason';
import { addStaffUser, deactivateUser } from '@/lib/server/settings/manage-users';
import { saveCompleteReason } from '@/lib/server/settings/save-complete-reason';
import { answerSurvey } from '@/lib/server/surveys/answer-survey';
import { addTechnician } from '@/lib/server/team/add-technician';
import { deactivateTechnician } from '@/lib/server/team/deactivate-technician';
import { and, eq } from 'drizzle-orm';
import {
  acmeAdmin,
  appErrorOf,
  appointmentRow,
  appointmentsOf,
  boltDispatcher,
  boltTech,
  boltTech2,
  databaseState,
  eventsOf,
  fixtureUsers,
  jobInStatus,
  newJobInput,
  orgIds,
  reasonIds,
  seedWorld,
  smsOf,
  tomorrowWindow,
  windowOn,
} from './support/fixtures';

beforeAll(() => seedWorld());

/** One intent of a user: what they asked for and the operation that does it. */
type Intent = { principal: string; action: string; payload: Record<string, unknown>; run: () => Promise<JsonValue> };

const asUser = (actor: Actor, action: string, payload: Record<string, unknown>, op: (actor: Actor, input: never) => Promise<unknown>): Intent => ({
  principal: `user:${actor.userId}`,
  action,
  payload,
  run: () => op(actor, payload as never) as Promise<JsonValue>,
});

function send(intent: Intent, commandId: string, payload = intent.payload) {
  return runCommand({ principal: intent.principal, commandId, action: intent.action, payload }, intent.run);
}

/** Every action a person can take, each set up in a state where it succeeds. */
const ACTIONS: Record<string, () => Promise<Intent>> = {
  'create job (Manage)': async () => asUser(acmeAdmin, 'create_job', { ...newJobInput(), offerToProviderId: orgIds.bolt }, createJob),
  'create job (Provider)': async () => asUser(boltDispatcher, 'create_direct_job', { ...newJobInput(), firstAppointment: tomorrowWindow(boltTech.userId) }, createDirectJob),
  offer: async () => asUser(acmeAdmin, 'offer_job', { jobId: (await jobInStatus('unassigned')).jobId, providerId: orgIds.bolt }, offerJob),
  withdraw: async () => asUser(acmeAdmin, 'withdraw_offer', { jobId: (await jobInStatus('offered')).jobId }, withdrawOffer),
  'Request Update': async () => asUser(acmeAdmin, 'request_update', { jobId: (await jobInStatus('unscheduled')).jobId, message: 'Any news?' }, requestUpdate),
  accept: async () => asUser(boltDispatcher, 'accept_offer', { jobId: (await jobInStatus('offered')).jobId }, acceptOffer),
  'accept and schedule': async () =>
    asUser(boltDispatcher, 'accept_offer', { jobId: (await jobInStatus('offered')).jobId, firstAppointment: tomorrowWindow(boltTech.userId) }, acceptOffer),
  decline: async () => asUser(boltDispatcher, 'decline_offer', { jobId: (await jobInStatus('offered')).jobId, reason: 'No availability' }, declineOffer),
  schedule: async () => asUser(boltDispatcher, 'schedule_appointment', { jobId: (await jobInStatus('unscheduled')).jobId, ...tomorrowWindow(boltTech.userId) }, scheduleAppointment),
  reschedule: async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    return asUser(boltDispatcher, 'reschedule_appointment', { jobId, appointmentId, ...windowOn(2, '13:00', '15:00') }, rescheduleAppointment);
  },
  reassign: async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    return asUser(boltDispatcher, 'reassign_appointment', { jobId, appointmentId, technicianId: boltTech2.userId }, reassignAppointment);
  },
  'cancel appointment': async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    return asUser(boltDispatcher, 'cancel_appointment', { jobId, appointmentId, reason: 'Customer away' }, cancelAppointment);
  },
  'On My Way': async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    return asUser(boltTech, 'mark_enroute', { jobId, appointmentId, etaMinutes: 20 }, markEnroute);
  },
  start: async () => {
    const { jobId, appointmentId } = await jobInStatus('scheduled');
    return asUser(boltTech, 'start_appointment', { jobId, appointmentId }, startAppointment);
  },
  complete: async () => {
    const { jobId, appointmentId } = await jobInStatus('in_progress');
    return asUser(boltTech, 'complete_appointment', { jobId, appointmentId, completeReasonId: reasonIds.acmePause, note: 'Part ordered' }, completeAppointment);
  },
  'Complete Job': async () => asUser(boltDispatcher, 'complete_job', { jobId: (await jobInStatus('paused')).jobId }, completeJob),
  'Cancel Job': async () => asUser(acmeAdmin, 'cancel_job', { jobId: (await jobInStatus('scheduled')).jobId, reason: 'Customer moved' }, cancelJob),
  'Reopen Job': async () => asUser(acmeAdmin, 'reopen_job', { jobId: (await jobInStatus('canceled')).jobId }, reopenJob),
  'add technician': async () =>
    asUser(boltDispatcher, 'add_technician', { name: 'Nina New', email: `nina.${randomUUID()}@bolt.test`, password: 'a long enough password' }, addTechnician),
  'deactivate technician': async () => {
    const { id } = await addTechnician(boltDispatcher, { name: 'Tess Temp', email: `tess.${randomUUID()}@bolt.test`, password: 'a long enough password' });
    return asUser(boltDispatcher, 'deactivate_technician', { userId: id }, deactivateTechnician);
  },
  'settings: add a complete reason': async () => asUser(acmeAdmin, 'save_complete_reason', { label: `Reason ${randomUUID()}`, effect: 'pause' }, saveCompleteReason),
  'settings: delete a complete reason': async () => {
    const { id } = await saveCompleteReason(acmeAdmin, { label: `Unused ${randomUUID()}`, effect: 'complete' });
    return asUser(acmeAdmin, 'delete_complete_reason', { id }, deleteCompleteReason);
  },
  'settings: add to network': async () => asUser(acmeAdmin, 'add_network_provider', { providerId: orgIds.faraway }, addProviderToNetwork),
  'settings: remove from network': async () => {
    await addProviderToNetwork(acmeAdmin, { providerId: orgIds.faraway });
    return asUser(acmeAdmin, 'remove_network_provider', { providerId: orgIds.faraway }, removeProviderFromNetwork);
  },
  'settings: add staff': async () => asUser(acmeAdmin, 'add_staff_user', { name: 'Stu Staff', email: `stu.${randomUUID()}@acme.test`, password: 'a long enough password' }, addStaffUser),
  'settings: deactivate a user': async () => {
    const { userId } = await addStaffUser(acmeAdmin, { name: 'Tara Temp', email: `tara.${randomUUID()}@acme.test`, password: 'a long enough password' });
    return asUser(acmeAdmin, 'deactivate_user', { userId }, deactivateUser);
  },
  'survey answer': async () => {
    const { appointmentId } = await jobInStatus('complete');
    const token = (await appointmentRow(appointmentId!)).trackingToken;
    const payload = { token, rating: '5', comment: 'Great' };
    return { principal: `survey:${token}`, action: 'answer_survey', payload, run: () => answerSurvey(payload) };
  },
};

describe('a command is carried out once', () => {
  it.each(Object.keys(ACTIONS))('%s: the same command id again returns the first result and changes nothing', async (name) => {
    const intent = await ACTIONS[name]!();
    const commandId = randomUUID();
    const first = await send(intent, commandId);
    expect(first.replayed).toBe(false);
    const after = await databaseState();

    const [second, third] = await Promise.all([send(intent, commandId), send(intent, commandId)]);
    expect(second).toEqual({ result: first.result, replayed: true });
    expect(third).toEqual({ result: first.result, replayed: true });
    expect(await databaseState()).toEqual(after);
  });

  it.each(Object.keys(ACTIONS))('%s: the same command id with another payload is refused and changes nothing', async (name) => {
    const intent = await ACTIONS[name]!();
    const commandId = randomUUID();
    await send(intent, commandId);
    const after = await databaseState();
    const error = await appErrorOf(send(intent, commandId, { ...intent.payload, extra: 'something else' }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/already used for a different change/) });
    expect(await databaseState()).toEqual(after);
  });

  it('two presses racing with one id book one visit and queue one text; both get the first answer', async () => {
    const intent = await ACTIONS.schedule!();
    const jobId = intent.payload.jobId as string;
    const commandId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(intent, commandId)));
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    for (const answer of answers) expect(answer.result).toEqual(answers[0]!.result);
    expect(await appointmentsOf(jobId)).toHaveLength(1);
    expect((await smsOf(jobId)).filter((m) => m.kind === 'appointment.scheduled')).toHaveLength(1);
    expect((await eventsOf(jobId)).filter((e) => e.type === 'appointment.scheduled')).toHaveLength(1);
  });

  it('racing creates make one job', async () => {
    const intent = await ACTIONS['create job (Manage)']!();
    const db = await getDb();
    const before = await db.$count(jobs);
    const commandId = randomUUID();
    const answers = await Promise.all(Array.from({ length: 4 }, () => send(intent, commandId)));
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(await db.$count(jobs)).toBe(before + 1);
  });

  it('a refused command is not recorded: the same id may try again once the refusal no longer holds', async () => {
    const { jobId } = await jobInStatus('offered');
    const commandId = randomUUID();
    const intent = asUser(boltDispatcher, 'schedule_appointment', { jobId, ...tomorrowWindow(boltTech.userId) }, scheduleAppointment);
    expect((await appErrorOf(send(intent, commandId))).code).toBe('FORBIDDEN');
    const db = await getDb();
    expect(await db.$count(commands, and(eq(commands.principal, intent.principal), eq(commands.commandId, commandId)))).toBe(0);
    await acceptOffer(boltDispatcher, { jobId });
    expect((await send(intent, commandId)).replayed).toBe(false);
    expect(await db.$count(appointments, eq(appointments.jobId, jobId))).toBe(1);
  });

  it('a command id belongs to its principal: another user sending the same id is a command of their own', async () => {
    const commandId = randomUUID();
    const { jobId } = await jobInStatus('unscheduled');
    const asAdmin = asUser(acmeAdmin, 'request_update', { jobId }, requestUpdate);
    const asStaff = asUser({ ...acmeAdmin, userId: fixtureUsers.acmeStaff.id, role: 'enterprise_staff', name: 'Sam Staff' }, 'request_update', { jobId }, requestUpdate);
    expect((await send(asAdmin, commandId)).replayed).toBe(false);
    expect((await send(asStaff, commandId)).replayed).toBe(false);
    expect((await eventsOf(jobId)).filter((e) => e.type === 'job.update_requested')).toHaveLength(2);
  });

  it('keeps records for at least a day, then drops them', async () => {
    const intent = await ACTIONS['Request Update']!();
    const commandId = randomUUID();
    await send(intent, commandId);
    const db = await getDb();
    const mine = and(eq(commands.principal, intent.principal), eq(commands.commandId, commandId));
    await deleteOldCommands(db, new Date(now().getTime() + 24 * 3_600_000));
    expect(await db.$count(commands, mine)).toBe(1);
    await deleteOldCommands(db, new Date(now().getTime() + 49 * 3_600_000));
    expect(await db.$count(commands, mine)).toBe(0);
  });
});
