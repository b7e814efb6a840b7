import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectLandedHome, hasPath, headerNavigation, signIn } from '../support/accounts';

for (const account of Object.values(ACCOUNTS)) {
  test(`[auth] ${account.email} signs in and lands on ${account.home}`, async ({ page }) => {
    await signIn(page, account.email);

    await expectLandedHome(page, account);
  });
}

test('[auth] a wrong password is refused with a message', async ({ page }) => {
  await signIn(page, ACCOUNTS.staff.email, 'not-the-password');

  await expect(page.getByText('Wrong email or password.')).toBeVisible();
  await expect(page).toHaveURL(hasPath('/login'));
});

// Sam Patel's stored state is used by no other project, so signing out here (which may end
// every session of the user) cannot sign a parallel test out.
test('[auth] signing out returns to the sign-in page and ends the session', async ({ page }) => {
  await signIn(page, ACCOUNTS.staff.email);
  await expectLandedHome(page, ACCOUNTS.staff);

  await headerNavigation(page).getByRole('button', { name: 'Sign out' }).click();

  await expect(page).toHaveURL(hasPath('/login'));
  await page.goto('/manage/jobs');
  await expect(page).toHaveURL(hasPath('/login'));
});

for (const portal of ['/manage', '/provider']) {
  test(`[auth] a visitor who is not signed in is sent from ${portal} to sign in`, async ({ page }) => {
    await page.goto(portal);

    await expect(page).toHaveURL(hasPath('/login'));
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });
}

test('[auth] an enterprise user is sent from the provider portal to their own', async ({ page }) => {
  await signIn(page, ACCOUNTS.manage.email);
  await expectLandedHome(page, ACCOUNTS.manage);

  await page.goto('/provider');

  await expect(page).toHaveURL(hasPath('/manage/jobs'));
});

test('[auth] a provider user is sent from the enterprise portal to their own', async ({ page }) => {
  await signIn(page, ACCOUNTS.boltDispatch.email);
  await expectLandedHome(page, ACCOUNTS.boltDispatch);

  await page.goto('/manage/jobs');

  await expect(page).toHaveURL(hasPath('/provider'));
});
