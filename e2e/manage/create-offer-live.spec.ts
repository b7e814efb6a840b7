import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { headerBadge } from '../support/jobs-list';
import { createJob, jobRows } from './helpers';

test('[manage] a job created and offered to Bolt Plumbing shows Unscheduled live once Bolt accepts', async ({ page, browser }) => {
  test.slow();
  await page.goto('/manage/jobs/new');
  await expectNoSeriousA11yViolations(page);
  const job = await createJob(page, { title: 'Live offer check', customer: 'Lena Live', provider: 'Bolt Plumbing' });
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'offered');
  await expect(headerBadge(page)).toHaveText('Offered');

  // The first context keeps the job page open, and the list filtered to this job in a second tab.
  const list = await page.context().newPage();
  await list.goto(`/manage/jobs?q=%23${job.number}`);
  await expect(jobRows(list)).toHaveCount(1);
  await expect(jobRows(list).locator('[data-job-status]')).toHaveAttribute('data-job-status', 'offered');

  const bolt = await browser.newContext({ storageState: storageStatePath(ACCOUNTS.boltDispatch) });
  const provider = await bolt.newPage();
  await provider.goto(job.url.replace('/manage/', '/provider/'));
  await provider.getByRole('button', { name: 'Accept' }).click();
  await expect(headerBadge(provider)).toHaveAttribute('data-job-status', 'unscheduled');

  // No reload: the live stream brings the change to both pages.
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled', { timeout: 2_000 });
  await expect(jobRows(list).locator('[data-job-status]')).toHaveAttribute('data-job-status', 'unscheduled', { timeout: 2_000 });
  await expect(page.getByRole('list', { name: 'Activity timeline' }).locator('[data-event-type="offer.accepted"]')).toHaveCount(1);
  await bolt.close();
});
