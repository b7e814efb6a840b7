import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';

test.use({ storageState: storageStatePath(ACCOUNTS.boltDispatch) });

test("[provider] a dispatcher cannot open another provider's job by its URL", async ({ page, browser }) => {
  await page.goto('/provider');
  // An offered job may be offered to several providers at once and so be visible to both;
  // any other job belongs to exactly one provider.
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: /^#\d+$/ }) })
    .filter({ hasNot: page.locator('[data-job-status="offered"]') })
    .first();
  await row.getByRole('link', { name: /^#\d+$/ }).click();
  await expect(page).toHaveURL(/\/provider\/jobs\/[0-9a-f-]{36}$/);
  const jobUrl = page.url();

  const northside = await browser.newContext({ storageState: storageStatePath(ACCOUNTS.northsideDispatch) });
  try {
    const otherPage = await northside.newPage();
    await otherPage.goto(jobUrl);

    await expect(otherPage.getByRole('heading', { name: 'Job not found' })).toBeVisible();
    await expect(otherPage.locator('[data-job-status]')).toHaveCount(0);
  } finally {
    await northside.close();
  }
});
