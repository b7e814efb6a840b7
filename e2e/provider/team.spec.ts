import { expect, test } from '@playwright/test';
import { signIn } from '../support/accounts';

test('[provider] a dispatcher adds a technician, who signs in, and deactivates them, who then cannot', async ({ page, browser }) => {
  const email = `e2e.tech.${Date.now()}@bolt.test`;
  const password = 'initial password 123';
  await page.goto('/provider/team');

  await page.getByRole('button', { name: 'Add technician' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add technician' });
  await dialog.getByLabel('Name').fill('Robin E2E');
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Phone').fill('(512) 555-0177');
  await dialog.getByLabel('Initial password').fill('too short');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog.getByText('The password needs at least 12 characters.')).toBeVisible();
  await dialog.getByLabel('Initial password').fill(password);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row.getByText('Active')).toBeVisible();

  const fresh = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const techPage = await fresh.newPage();
    await signIn(techPage, email, password);
    await expect(techPage.getByRole('heading', { level: 1, name: 'My appointments' })).toBeVisible();

    await row.getByRole('button', { name: 'Deactivate Robin E2E' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect(row.getByText('Inactive')).toBeVisible();

    // The open session ends at its next request, and signing in again is refused.
    await techPage.reload();
    await expect(techPage).toHaveURL(/\/login/);
    await signIn(techPage, email, password);
    await expect(techPage.getByText('Wrong email or password.')).toBeVisible();
  } finally {
    await fresh.close();
  }
});
