import { expect, test } from '@playwright/test';
import { ACCOUNTS, headerNavigation, storageStatePath } from '../support/accounts';
import { expectNoSeriousA11yViolations } from '../support/axe';

test('[manage] an enterprise admin opens Settings and adds a complete reason', async ({ page }) => {
  await page.goto('/manage/jobs');
  await headerNavigation(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const label = `Needs permit ${Date.now()}`;
  const add = page.getByRole('button', { name: 'Add reason' });
  await page.locator('form').filter({ has: add }).getByLabel('Label').fill(label);
  await add.click();
  await expect(page.getByText('Reason added.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Complete reasons' }).getByRole('cell', { name: label, exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Delete ${label}` }).click();
  await expect(page.getByRole('table', { name: 'Complete reasons' }).getByRole('cell', { name: label, exact: true })).toHaveCount(0);
});

test.describe('as enterprise staff', () => {
  test.use({ storageState: storageStatePath(ACCOUNTS.staff) });

  test('[manage] staff@acme.test has no Settings link and cannot open Settings', async ({ page }) => {
    await page.goto('/manage/jobs');
    await expect(headerNavigation(page).getByRole('link', { name: 'Jobs' })).toBeVisible();
    await expect(headerNavigation(page).getByRole('link', { name: 'Settings' })).toHaveCount(0);

    const response = await page.goto('/manage/settings');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Complete reasons' })).toHaveCount(0);
  });
});
