import { expect, test } from '@playwright/test';
import { headerBadge } from '../support/jobs-list';
import { expectNoErrorToast, pressRepeatedly, successToasts, timelineEntries } from '../support/once';
import { jobRows } from './helpers';

test('[manage] Create job pressed three times makes one job; offer, withdraw, Request Update, Cancel Job and Reopen Job pressed repeatedly act once', async ({ page }) => {
  test.slow();
  const title = `Manage pressed many times ${Date.now()}`;
  const customer = `Petra Presses ${Date.now()}`;
  await page.goto('/manage/jobs/new');
  await page.getByLabel('Customer name').fill(customer);
  await page.getByLabel('Phone').fill('(512) 555-0166');
  await page.getByLabel('Street address').fill('9 Double Click Rd');
  await page.getByLabel('City').fill('Austin');
  await page.getByLabel('State').fill('TX');
  await page.getByLabel('ZIP code').fill('78701');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Offer to').selectOption({ label: 'Bolt Plumbing' });
  await pressRepeatedly(page.getByRole('button', { name: 'Create job' }), 3, 'burst');
  await expect(page).toHaveURL(/\/manage\/jobs\/[0-9a-f-]{36}$/);
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'offered');
  await expect(successToasts(page, /^Job #\d+ created\.$/)).toHaveCount(1);
  await expect(timelineEntries(page, 'offer.created')).toHaveCount(1);

  await pressRepeatedly(page.getByRole('button', { name: 'Withdraw offer' }), 2, 'burst');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unassigned');
  await expect(timelineEntries(page, 'offer.withdrawn')).toHaveCount(1);

  await page.getByRole('button', { name: 'Offer to provider' }).click();
  const offer = page.getByRole('dialog', { name: 'Offer this job' });
  await offer.getByLabel('Provider').selectOption({ label: 'Northside HVAC' });
  await pressRepeatedly(offer.getByRole('button', { name: 'Confirm' }), 3, 'mouse');
  await expect(offer).toBeHidden();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'offered');
  await expect(timelineEntries(page, 'offer.created')).toHaveCount(2);

  await pressRepeatedly(page.getByRole('button', { name: 'Request Update' }), 3, 'burst');
  await expect(timelineEntries(page, 'job.update_requested')).toHaveCount(1);
  await expect(successToasts(page, 'Update requested from the provider.')).toHaveCount(1);

  await page.getByRole('button', { name: 'Cancel Job' }).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel Job' });
  await cancel.getByLabel('Reason').fill('Claim withdrawn');
  await pressRepeatedly(cancel.getByRole('button', { name: 'Confirm' }), 2, 'burst');
  await expect(cancel).toBeHidden();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'canceled');

  await pressRepeatedly(page.getByRole('button', { name: 'Reopen Job' }), 3, 'mouse');
  await expect(headerBadge(page)).not.toHaveAttribute('data-job-status', 'canceled');
  await expectNoErrorToast(page);

  await page.reload();
  for (const [type, count] of [['job.created', 1], ['offer.created', 2], ['offer.withdrawn', 1], ['job.update_requested', 1], ['job.canceled', 1], ['job.reopened', 1]] as const) {
    await expect(timelineEntries(page, type), type).toHaveCount(count);
  }
  await page.goto(`/manage/jobs?q=${encodeURIComponent(customer)}`);
  await expect(jobRows(page)).toHaveCount(1);
});

test('[manage] an action re-renders the page once, in its own response: no refresh follows it', async ({ page }) => {
  test.slow();
  await page.goto('/manage/jobs?status=scheduled');
  await jobRows(page).last().getByRole('link', { name: /^#\d+$/ }).click();
  await expect(page).toHaveURL(/\/manage\/jobs\/[0-9a-f-]{36}$/);
  const before = await timelineEntries(page, 'job.update_requested').count();

  const refreshes: string[] = [];
  // A refresh re-fetches this page's payload; prefetches of the header's links are not renders of it.
  page.on('request', (request) => {
    const headers = request.headers();
    if (request.method() === 'GET' && headers['rsc'] === '1' && !headers['next-router-prefetch']) refreshes.push(request.url());
  });
  await page.getByRole('button', { name: 'Request Update' }).click();
  await expect(timelineEntries(page, 'job.update_requested')).toHaveCount(before + 1);
  // Long enough for the live stream's echo of this change to arrive and be ignored.
  await page.waitForTimeout(1_500);
  expect(refreshes).toEqual([]);
});

test('[manage] Add reason pressed twice adds one reason; Save in the edit dialog pressed three times saves once', async ({ page }) => {
  test.slow();
  await page.goto('/manage/settings');
  const label = `Pressed twice ${Date.now()}`;
  const add = page.getByRole('button', { name: 'Add reason' });
  await page.locator('form').filter({ has: add }).getByLabel('Label').fill(label);
  await pressRepeatedly(add, 2, 'burst');
  const reasons = page.getByRole('table', { name: 'Complete reasons' });
  await expect(reasons.getByRole('cell', { name: label, exact: true })).toHaveCount(1);
  await expect(successToasts(page, 'Reason added.')).toHaveCount(1);

  await page.getByRole('button', { name: `Edit ${label}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit reason' });
  await dialog.getByLabel('Label').fill(`${label} (edited)`);
  await pressRepeatedly(dialog.getByRole('button', { name: 'Save' }), 3, 'burst');
  await expect(dialog).toBeHidden();
  await expect(reasons.getByRole('cell', { name: `${label} (edited)`, exact: true })).toHaveCount(1);
  await expect(successToasts(page, 'Reason saved.')).toHaveCount(1);
  await expectNoErrorToast(page);
  await page.getByRole('button', { name: `Delete ${label} (edited)` }).click();
  await expect(reasons.getByRole('cell', { name: `${label} (edited)`, exact: true })).toHaveCount(0);
});
