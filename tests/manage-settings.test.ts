import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { findNetworkProviders } from '@/lib/server/network/find-network-providers';
import { addProviderToNetwork, removeProviderFromNetwork } from '@/lib/server/settings/change-network';
import { deleteCompleteReason } from '@/lib/server/settings/delete-complete-reason';
import { findSettings } from '@/lib/server/settings/find-settings';
import { addStaffUser, deactivateUser } from '@/lib/server/settings/manage-users';
import { saveCompleteReason } from '@/lib/server/settings/save-complete-reason';
import { verifyPassword } from '@/lib/server/users/passwords';
import { acmeAdmin, acmeStaff, expectRefused, fixtureUsers, jobInStatus, orgIds, otherAdmin, reasonIds, seedWorld } from './support/fixtures';

beforeAll(async () => {
  await seedWorld();
  // Completes a visit with Acme's "Work completed", so that reason is in use.
  await jobInStatus('complete');
});

describe('settings: complete reasons', () => {
  it('adds, edits and deletes an unused reason', async () => {
    const { id } = await saveCompleteReason(acmeAdmin, { label: 'Warranty void', effect: 'complete', sortOrder: 5 });
    await saveCompleteReason(acmeAdmin, { id, label: 'Warranty void', effect: 'pause', sortOrder: 6, active: true });
    expect((await findSettings(acmeAdmin)).reasons.find((r) => r.id === id)).toMatchObject({ effect: 'pause', sortOrder: 6, used: false });
    await deleteCompleteReason(acmeAdmin, { id });
    expect((await findSettings(acmeAdmin)).reasons.some((r) => r.id === id)).toBe(false);
  });

  it('keeps a used reason: deleting is refused, deactivating works', async () => {
    expect((await findSettings(acmeAdmin)).reasons.find((r) => r.id === reasonIds.acmeComplete)?.used).toBe(true);
    await expectRefused('CONFLICT', () => deleteCompleteReason(acmeAdmin, { id: reasonIds.acmeComplete }));
    await saveCompleteReason(acmeAdmin, { id: reasonIds.acmeComplete, label: 'Work completed', effect: 'complete', sortOrder: 0, active: false });
    expect((await findSettings(acmeAdmin)).reasons.find((r) => r.id === reasonIds.acmeComplete)?.active).toBe(false);
  });

  it('refuses a duplicate label and reports every field error at once', async () => {
    await expectRefused('CONFLICT', () => saveCompleteReason(acmeAdmin, { label: 'Parts ordered', effect: 'pause' }));
    const error = await expectRefused('INVALID_INPUT', () => saveCompleteReason(acmeAdmin, { label: '', effect: 'nope' as 'pause', sortOrder: -1 }));
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['effect', 'label', 'sortOrder']);
  });

  it('never touches another enterprise’s reasons', async () => {
    await expectRefused('NOT_FOUND', () => deleteCompleteReason(otherAdmin, { id: reasonIds.acmePause }));
    await expectRefused('NOT_FOUND', () => saveCompleteReason(otherAdmin, { id: reasonIds.acmePause, label: 'Hijacked', effect: 'pause' }));
  });
});

describe('settings: network and users', () => {
  it('adds and removes providers, listing only those not yet in the network', async () => {
    expect((await findSettings(acmeAdmin)).available.map((p) => p.id)).toEqual([orgIds.faraway]);
    await addProviderToNetwork(acmeAdmin, { providerId: orgIds.faraway });
    expect((await findNetworkProviders(acmeAdmin)).map((p) => p.id)).toContain(orgIds.faraway);
    await removeProviderFromNetwork(acmeAdmin, { providerId: orgIds.faraway });
    expect((await findSettings(acmeAdmin)).available.map((p) => p.id)).toEqual([orgIds.faraway]);
    await expectRefused('INVALID_INPUT', () => addProviderToNetwork(acmeAdmin, { providerId: orgIds.otherCo }));
  });

  it('adds staff with a hashed password and deactivates users, ending their sessions', async () => {
    await expectRefused('INVALID_INPUT', () => addStaffUser(acmeAdmin, { name: 'Short', email: 'short@acme.test', password: 'too-short' }));
    const { userId } = await addStaffUser(acmeAdmin, { name: 'Nina New', email: 'Nina@Acme.test', password: 'a long enough secret' });
    const db = await getDb();
    const [created] = await db.select().from(users).where(eq(users.id, userId));
    expect(created).toMatchObject({ role: 'enterprise_staff', organizationId: orgIds.acme, email: 'nina@acme.test', active: true });
    expect(await verifyPassword(created!.passwordHash, 'a long enough secret')).toBe(true);

    await deactivateUser(acmeAdmin, { userId });
    const [after] = await db.select().from(users).where(eq(users.id, userId));
    expect(after).toMatchObject({ active: false, sessionVersion: created!.sessionVersion + 1 });
    await expectRefused('CONFLICT', () => deactivateUser(acmeAdmin, { userId: acmeAdmin.userId }));
    await expectRefused('NOT_FOUND', () => deactivateUser(otherAdmin, { userId: fixtureUsers.acmeStaff.id }));
  });

  it('refuses every settings operation to enterprise staff', async () => {
    await expectRefused('FORBIDDEN', () => findSettings(acmeStaff));
    await expectRefused('FORBIDDEN', () => saveCompleteReason(acmeStaff, { label: 'X', effect: 'pause' }));
    await expectRefused('FORBIDDEN', () => deleteCompleteReason(acmeStaff, { id: reasonIds.acmePause }));
    await expectRefused('FORBIDDEN', () => addProviderToNetwork(acmeStaff, { providerId: orgIds.faraway }));
    await expectRefused('FORBIDDEN', () => removeProviderFromNetwork(acmeStaff, { providerId: orgIds.bolt }));
    await expectRefused('FORBIDDEN', () => addStaffUser(acmeStaff, { name: 'X', email: 'x@acme.test', password: 'a long enough secret' }));
    await expectRefused('FORBIDDEN', () => deactivateUser(acmeStaff, { userId: acmeAdmin.userId }));
  });
});
