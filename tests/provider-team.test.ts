import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/server/actor';
import { scheduleAppointment } from '@/lib/server/appointments/schedule-appointment';
import { addTechnician } from '@/lib/server/team/add-technician';
import { deactivateTechnician } from '@/lib/server/team/deactivate-technician';
import { findTeam } from '@/lib/server/team/find-team';
import { getSessionUser } from '@/lib/server/users/get-session-user';
import { signInWithPassword } from '@/lib/server/users/sign-in-with-password';
import {
  acmeAdmin,
  boltDispatcher,
  boltTech,
  boltTech2,
  expectRefused,
  fixtureUsers,
  jobInStatus,
  northsideDispatcher,
  orgIds,
  seedWorld,
  tomorrowWindow,
} from './support/fixtures';

beforeAll(() => seedWorld());

const PASSWORD = 'a long initial password';
let n = 0;
const newTech = () => ({ name: `New Tech ${++n}`, email: `new.tech.${n}@bolt.test`, phone: '(512) 555-0100', password: PASSWORD });

async function userRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

describe('adding a technician', () => {
  it('creates an active technician of the dispatcher’s company who can sign in with the initial password', async () => {
    const input = newTech();

    const added = await addTechnician(boltDispatcher, input);

    const row = await userRow(added.id);
    expect(row).toMatchObject({ organizationId: orgIds.bolt, role: 'technician', email: input.email, phone: '+15125550100', active: true });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    const signIn = await signInWithPassword({ email: input.email, password: PASSWORD });
    expect(signIn).toMatchObject({ ok: true, user: { id: added.id, role: 'technician', organizationId: orgIds.bolt } });
  });

  it.each([
    { problem: 'a password shorter than 12 characters', input: () => ({ ...newTech(), password: 'short pass' }), field: 'password' },
    { problem: 'no name', input: () => ({ ...newTech(), name: ' ' }), field: 'name' },
    { problem: 'an invalid email', input: () => ({ ...newTech(), email: 'not-an-email' }), field: 'email' },
  ])('refuses $problem, and nothing changes', async ({ input, field }) => {
    const error = await expectRefused('INVALID_INPUT', () => addTechnician(boltDispatcher, input()));
    expect(error.fieldErrors).toHaveProperty(field);
  });

  it('refuses an email someone already uses', async () => {
    await expectRefused('CONFLICT', () => addTechnician(boltDispatcher, { ...newTech(), email: fixtureUsers.boltTech.email }));
  });

  it.each<[string, Actor]>([
    ['a technician', boltTech],
    ['an enterprise admin', acmeAdmin],
  ])('is refused to %s', async (_, actor) => {
    await expectRefused('FORBIDDEN', () => addTechnician(actor, newTech()));
  });
});

describe('deactivating a technician', () => {
  it('ends their sessions, stops sign-in and stops assignment', async () => {
    const added = await addTechnician(boltDispatcher, newTech());
    const before = await userRow(added.id);
    expect(await getSessionUser(added.id, before.sessionVersion)).not.toBeNull();

    const result = await deactivateTechnician(boltDispatcher, { userId: added.id });

    const after = await userRow(added.id);
    expect(result).toEqual({ id: added.id, name: before.name, openVisits: 0 });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await getSessionUser(added.id, before.sessionVersion)).toBeNull();
    expect(await signInWithPassword({ email: before.email, password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
    const { jobId } = await jobInStatus('unscheduled');
    const error = await expectRefused('INVALID_INPUT', () => scheduleAppointment(boltDispatcher, { jobId, ...tomorrowWindow(added.id) }));
    expect(error.fieldErrors).toHaveProperty('technicianId');
  });

  it('counts the open visits left for the dispatcher to reassign', async () => {
    const added = await addTechnician(boltDispatcher, newTech());
    await jobInStatus('scheduled', { technicianId: added.id });

    const result = await deactivateTechnician(boltDispatcher, { userId: added.id });

    expect(result.openVisits).toBe(1);
  });

  it.each<[string, Actor, string]>([
    ['another provider’s dispatcher', northsideDispatcher, fixtureUsers.boltTech2.id],
    ['a dispatcher, for a dispatcher', boltDispatcher, fixtureUsers.boltDispatcher.id],
    ['a dispatcher, for an already inactive technician', boltDispatcher, fixtureUsers.boltFormerTech.id],
  ])('finds nothing to deactivate for %s, and nothing changes', async (_, actor, userId) => {
    await expectRefused('NOT_FOUND', () => deactivateTechnician(actor, { userId }));
  });

  it('is refused to a technician', async () => {
    await expectRefused('FORBIDDEN', () => deactivateTechnician(boltTech, { userId: boltTech2.userId }));
  });
});

describe('the team list', () => {
  it('lists only the dispatcher’s own technicians, active first', async () => {
    const team = await findTeam(boltDispatcher);

    expect(team.every((m) => m.email.endsWith('@bolt.test'))).toBe(true);
    expect(team.map((m) => m.email)).toEqual(expect.arrayContaining([fixtureUsers.boltTech.email, fixtureUsers.boltFormerTech.email]));
    const firstInactive = team.findIndex((m) => !m.active);
    expect(team.slice(firstInactive).every((m) => !m.active)).toBe(true);
    expect(await findTeam(northsideDispatcher)).toEqual([expect.objectContaining({ email: fixtureUsers.northsideTech.email, active: true })]);
  });

  it('is refused to a technician', async () => {
    await expectRefused('FORBIDDEN', () => findTeam(boltTech));
  });
});
