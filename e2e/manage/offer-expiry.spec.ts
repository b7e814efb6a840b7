import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { headerBadge } from '../support/jobs-list';
import { createJob } from './helpers';

test('[manage] an offer given a time to answer shows its deadline to both sides', async ({ page, browser }) => {
  const job = await createJob(page, { title: 'Offer with a deadline', customer: 'Dora Deadline' });
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unassigned');

  await page.getByRole('button', { name: 'Offer to provider' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Provider').selectOption({ label: 'Bolt Plumbing' });
  await dialog.getByLabel('Answer within').selectOption({ label: '24 hours' });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'offered');
  await expect(page.getByRole('list', { name: 'Offer history' })).toContainText(/Waiting for an answer · expires \w{3}, \w{3} \d{1,2}/);

  const bolt = await browser.newContext({ storageState: storageStatePath(ACCOUNTS.boltDispatch) });
  const provider = await bolt.newPage();
  await provider.goto(job.url.replace('/manage/', '/provider/'));
  await expect(provider.getByText(/^Answer by \w{3}, \w{3} \d{1,2}/)).toBeVisible();
  await bolt.close();
});
