import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { loginAttempts, users } from '@/db/schema';
import { setClock } from '@/lib/server/clock';
import { getSessionUser } from '@/lib/server/users/get-session-user';
import { signInWithPassword } from '@/lib/server/users/sign-in-with-password';
import { fixtureUsers, orgIds, PASSWORD, seedWorld } from './support/fixtures';

beforeAll(() => seedWorld());
afterEach(() => setClock(null));

const MINUTE = 60_000;
const T0 = Date.parse('2030-02-01T12:00:00Z');
const atMinute = (minutes: number) => setClock(() => new Date(T0 + minutes * MINUTE));

async function fail(email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    expect(await signInWithPassword({ email, password: `wrong-${i}` })).toEqual({ ok: false, reason: 'invalid' });
  }
}

async function failuresRecorded(email: string): Promise<number> {
  const db = await getDb();
  return db.$count(loginAttempts, and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false)));
}

describe('signing in with a password', () => {
  it('the right password signs the user in, as who they are', async () => {
    const dana = fixtureUsers.boltDispatcher;

    const result = await signInWithPassword({ email: dana.email, password: PASSWORD });

    expect(result).toEqual({
      ok: true,
      user: {
        id: dana.id,
        name: dana.name,
        email: dana.email,
        role: 'provider_dispatcher',
        organizationId: orgIds.bolt,
        organizationName: 'Bolt',
        organizationKind: 'provider',
        sessionVersion: 1,
      },
    });
  });

  it('the email is matched whatever its case and surrounding spaces', async () => {
    const result = await signInWithPassword({ email: '  Alice@ACME.test ', password: PASSWORD });

    expect(result).toMatchObject({ ok: true, user: { id: fixtureUsers.acmeAdmin.id } });
  });

  it('a wrong password and an unknown email get the same answer, and both are recorded', async () => {
    const wrongPassword = await signInWithPassword({ email: fixtureUsers.acmeStaff.email, password: 'letmein' });
    const unknownEmail = await signInWithPassword({ email: 'nobody@acme.test', password: PASSWORD });

    expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
    expect(unknownEmail).toEqual(wrongPassword);
    expect(await failuresRecorded(fixtureUsers.acmeStaff.email)).toBe(1);
    expect(await failuresRecorded('nobody@acme.test')).toBe(1);
  });

  it('missing or malformed credentials are simply invalid', async () => {
    expect(await signInWithPassword({})).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInWithPassword({ email: fixtureUsers.acmeAdmin.email, password: '' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInWithPassword(null)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('a deactivated user cannot sign in even with the right password', async () => {
    expect(await signInWithPassword({ email: fixtureUsers.boltFormerTech.email, password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('locking out repeated failures', () => {
  it('ten failures lock the email: even the right password is then refused as locked', async () => {
    atMinute(0);
    const email = fixtureUsers.boltTech.email;
    await fail(email, 10);

    expect(await signInWithPassword({ email, password: PASSWORD })).toEqual({ ok: false, reason: 'locked' });
    expect(await signInWithPassword({ email, password: 'still-wrong' })).toEqual({ ok: false, reason: 'locked' });
    // Attempts during the lock are not counted, so they cannot stretch it.
    expect(await failuresRecorded(email)).toBe(10);
  });

  it('nine failures do not lock', async () => {
    atMinute(0);
    const email = fixtureUsers.boltTech2.email;
    await fail(email, 9);

    expect(await signInWithPassword({ email, password: PASSWORD })).toMatchObject({ ok: true });
  });

  it('a locked email does not lock anyone else', async () => {
    atMinute(0);
    await fail(fixtureUsers.northsideTech.email, 10);

    expect(await signInWithPassword({ email: fixtureUsers.northsideDispatcher.email, password: PASSWORD })).toMatchObject({ ok: true });
  });

  it('an unknown email locks the same way, so the answer never tells which emails exist', async () => {
    atMinute(0);
    await fail('ghost@nowhere.test', 10);

    expect(await signInWithPassword({ email: 'ghost@nowhere.test', password: PASSWORD })).toEqual({ ok: false, reason: 'locked' });
  });

  it('the lock lifts 15 minutes after it began', async () => {
    const email = fixtureUsers.otherStaff.email;
    atMinute(0);
    await fail(email, 10);

    atMinute(14);
    expect(await signInWithPassword({ email, password: PASSWORD })).toEqual({ ok: false, reason: 'locked' });
    atMinute(15.02);
    expect(await signInWithPassword({ email, password: PASSWORD })).toMatchObject({ ok: true, user: { id: fixtureUsers.otherStaff.id } });
  });

  it('failures spread over a few minutes still lock for 15 minutes from the tenth', async () => {
    const email = fixtureUsers.farawayTech.email;
    for (let minute = 0; minute < 10; minute++) {
      atMinute(minute);
      await fail(email, 1);
    }

    atMinute(9.5);
    expect(await signInWithPassword({ email, password: PASSWORD })).toEqual({ ok: false, reason: 'locked' });
    // Six minutes after the tenth failure: the lock must still hold.
    atMinute(15.5);
    expect(await signInWithPassword({ email, password: PASSWORD })).toEqual({ ok: false, reason: 'locked' });
    atMinute(24.1);
    expect(await signInWithPassword({ email, password: PASSWORD })).toMatchObject({ ok: true });
  });
});

describe('sessions', () => {
  it('a session stays valid while the user is active and its version current', async () => {
    const signedIn = await signInWithPassword({ email: fixtureUsers.otherAdmin.email, password: PASSWORD });
    if (!signedIn.ok) throw new Error('Olga should be able to sign in');

    expect(await getSessionUser(signedIn.user.id, signedIn.user.sessionVersion)).toEqual(signedIn.user);
  });

  it('deactivating a user ends their sessions and stops them signing in', async () => {
    const nora = fixtureUsers.northsideDispatcher;
    const signedIn = await signInWithPassword({ email: nora.email, password: PASSWORD });
    if (!signedIn.ok) throw new Error('Nora should be able to sign in');
    const db = await getDb();

    await db
      .update(users)
      .set({ active: false, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, nora.id));

    expect(await getSessionUser(nora.id, signedIn.user.sessionVersion)).toBeNull();
    expect(await getSessionUser(nora.id, signedIn.user.sessionVersion + 1)).toBeNull();
    expect(await signInWithPassword({ email: nora.email, password: PASSWORD })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('a session older than the user’s last password change is refused; a new one works', async () => {
    const fay = fixtureUsers.farawayDispatcher;
    const db = await getDb();

    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, fay.id));

    expect(await getSessionUser(fay.id, 1)).toBeNull();
    expect(await getSessionUser(fay.id, 2)).toMatchObject({ id: fay.id, sessionVersion: 2 });
  });

  it('a session for a user who does not exist is refused', async () => {
    expect(await getSessionUser('20000000-0000-4000-8000-999999999999', 1)).toBeNull();
  });
});
