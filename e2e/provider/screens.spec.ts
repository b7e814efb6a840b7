import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { PHONE } from './helpers';

const DISPATCHER_SCREENS = ['/provider/schedule', '/provider/schedule?view=week', '/provider/team', '/provider/jobs/new'];

for (const path of DISPATCHER_SCREENS) {
  test(`[provider] ${path} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test('[provider] the schedule board links each visit to its job', async ({ page }) => {
  await page.goto('/provider/schedule?view=week');
  await expect(page.getByRole('rowheader', { name: 'Unassigned' })).toBeVisible();
  const visit = page.getByRole('table', { name: 'Schedule' }).getByRole('link').first();
  await visit.click();
  await expect(page).toHaveURL(/\/provider\/jobs\/[0-9a-f-]{36}$/);
});

test.describe('the technician on a phone', () => {
  test.use({ storageState: storageStatePath(ACCOUNTS.boltTech), viewport: PHONE, hasTouch: true, isMobile: true });

  test('[provider] /provider/today fits a 375px screen with touch targets of at least 44px, accessibly', async ({ page }) => {
    await page.goto('/provider/today');
    await expect(page.getByRole('heading', { level: 1, name: 'My appointments' })).toBeVisible();
    await expect(page.getByRole('button', { name: /On My Way|Start Appointment|Complete Appointment/ }).first()).toBeVisible();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const small = await page.locator('main').getByRole('button').or(page.locator('main').getByRole('link')).evaluateAll((elements) =>
      elements
        .map((e) => ({ name: e.textContent?.trim(), box: e.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    await expectNoSeriousA11yViolations(page);
  });

  test('[provider] a technician is sent from the dispatcher screens to their own list', async ({ page }) => {
    for (const path of ['/provider/schedule', '/provider/team', '/provider/jobs/new']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/provider\/today$/);
    }
  });
});
