import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import type { JobStatus } from '../support/job-status';
import { checkJobsTable, expectBadgeLooksLike, headerBadge } from '../support/jobs-list';

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

for (const status of ['unassigned', 'offered', 'unscheduled', 'scheduled', 'in_progress', 'paused', 'complete', 'canceled'] satisfies JobStatus[]) {
  test(`[manage] ${status} has DESIGN.md's label and colour in the list and on the job page`, async ({ page }) => {
    await page.goto(`/manage/jobs?status=${status}`);
    const first = await checkJobsTable(page, '/manage/jobs');
    expect(first.status).toBe(status);

    await first.link.click();
    await expect(page).toHaveURL(/\/manage\/jobs\/[0-9a-f-]{36}$/);
    await expectBadgeLooksLike(headerBadge(page), status);
  });
}
