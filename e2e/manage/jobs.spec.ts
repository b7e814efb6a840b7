import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { checkJobsTable, headerBadge } from '../support/jobs-list';

test('[manage] the jobs list links each job to its page with its status', async ({ page }) => {
  await page.goto('/manage/jobs');
  const first = await checkJobsTable(page, '/manage/jobs');

  await first.link.click();

  await expect(page).toHaveURL(/\/manage\/jobs\/[0-9a-f-]{36}$/);
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', first.status!);
});

test('[manage] the jobs list and a job page have no serious accessibility violations', async ({ page }) => {
  await page.goto('/manage/jobs');
  const first = await checkJobsTable(page, '/manage/jobs');
  await expectNoSeriousA11yViolations(page);

  await first.link.click();
  await expect(headerBadge(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
