import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { headerBadge } from '../support/jobs-list';
import { createJob } from './helpers';

test('[manage] a job page that was offline while the job changed catches up when back online, without a reload', async ({ page, browser }) => {
  const job = await createJob(page, { title: 'Reconnect check', customer: 'Rita Reconnect', provider: 'Bolt Plumbing' });
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'offered');
  // A mark on this very document: a reload would wipe it.
  await page.evaluate(() => Object.assign(window, { stillThisPage: true }));

  // The network goes away; the change happens meanwhile. The page must not fall over into the
  // browser's offline page, and must catch up once the network is back.
  await page.context().setOffline(true);
  const bolt = await browser.newContext({ storageState: storageStatePath(ACCOUNTS.boltDispatch) });
  const provider = await bolt.newPage();
  await provider.goto(job.url.replace('/manage/', '/provider/'));
  await provider.getByRole('button', { name: 'Accept' }).click();
  await expect(headerBadge(provider)).toHaveAttribute('data-job-status', 'unscheduled');
  await bolt.close();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'offered');

  await page.context().setOffline(false);
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled', { timeout: 10_000 });
  expect(await page.evaluate(() => 'stillThisPage' in window)).toBe(true);
});
