import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { expectNoSeriousA11yViolations } from '../support/axe';
import type { JobStatus } from '../support/job-status';
import { checkJobsTable, expectBadgeLooksLike, headerBadge } from '../support/jobs-list';

test.use({ storageState: storageStatePath(ACCOUNTS.boltDispatch) });

test('[provider] the jobs list links each job to its page with its status', async ({ page }) => {
  await page.goto('/provider');
  const first = await checkJobsTable(page, '/provider/jobs');

  await first.link.click();

  await expect(page).toHaveURL(/\/provider\/jobs\/[0-9a-f-]{36}$/);
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', first.status!);
});

test('[provider] the jobs list and a job page have no serious accessibility violations', async ({ page }) => {
  await page.goto('/provider');
  const first = await checkJobsTable(page, '/provider/jobs');
  await expectNoSeriousA11yViolations(page);

  await first.link.click();
  await expect(headerBadge(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

for (const status of ['offered', 'unscheduled', 'scheduled', 'in_progress', 'paused', 'complete', 'canceled'] satisfies JobStatus[]) {
  test(`[provider] ${status} has DESIGN.md's label and colour in the list and on the job page`, async ({ page }) => {
    await page.goto(`/provider?status=${status}`);
    const first = await checkJobsTable(page, '/provider/jobs');
    expect(first.status).toBe(status);

    await first.link.click();
    await expect(page).toHaveURL(/\/provider\/jobs\/[0-9a-f-]{36}$/);
    await expectBadgeLooksLike(headerBadge(page), status);
  });
}
