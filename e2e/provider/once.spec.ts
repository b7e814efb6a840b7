import { expect, test, type Browser, type Page } from '@playwright/test';
import { createJob } from '../manage/helpers';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { headerBadge } from '../support/jobs-list';
import { customerTexts, expectNoErrorToast, pressRepeatedly, successToasts, timelineEntries } from '../support/once';
import { daysAhead, fillDirectJob, TECHNICIAN } from './helpers';

/** The jobs of a customer (names are searchable; each test makes its own customer). */
async function listedFor(page: Page, customer: string) {
  await page.goto(`/provider?q=${encodeURIComponent(customer)}`);
  return page.getByRole('table').getByRole('row').filter({ has: page.getByRole('link', { name: /^#\d+$/ }) });
}

/** Opens a dialog by its button, fills it, and presses its Confirm repeatedly; waits for it to close. */
async function confirmRepeatedly(page: Page, opener: string, dialogName: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, times: 2 | 3, how: 'mouse' | 'burst') {
  await page.getByRole('button', { name: opener, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await fill(dialog);
  await pressRepeatedly(dialog.getByRole('button', { name: 'Confirm' }), times, how);
  await expect(dialog).toBeHidden();
}

test('[provider] Create job pressed three times makes one job, and every visit step pressed twice or thrice happens once, with one text each', async ({ page }) => {
  test.slow();
  const title = `Pressed many times ${Date.now()}`;
  const customer = `Cleo Clicks ${Date.now()}`;
  await fillDirectJob(page, title, TECHNICIAN, customer);
  await pressRepeatedly(page.getByRole('button', { name: 'Create job' }), 3, 'burst');
  await expect(page).toHaveURL(/\/provider\/jobs\/[0-9a-f-]{36}$/);
  const jobUrl = page.url();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'scheduled');
  await expect(successToasts(page, /^Job #\d+ created\.$/)).toHaveCount(1);
  await expect(timelineEntries(page, 'job.created')).toHaveCount(1);
  await expect(timelineEntries(page, 'appointment.scheduled')).toHaveCount(1);
  await expect(customerTexts(page)).toHaveCount(1);

  await confirmRepeatedly(page, 'Reschedule', 'Reschedule Appointment', async (d) => {
    await d.getByLabel('Arrival window start').fill('13:00');
    await d.getByLabel('Arrival window end').fill('15:00');
  }, 2, 'burst');
  await expect(timelineEntries(page, 'appointment.rescheduled')).toHaveCount(1);
  await expect(customerTexts(page).filter({ hasText: 'has moved to' })).toHaveCount(1);

  await confirmRepeatedly(page, 'Reassign', 'Reassign Appointment', (d) => d.getByLabel('Technician').selectOption({ label: 'Jordan Reyes' }).then(() => undefined), 3, 'mouse');
  await expect(timelineEntries(page, 'appointment.reassigned')).toHaveCount(1);

  await confirmRepeatedly(page, 'Cancel Appointment', 'Cancel Appointment', async () => {}, 3, 'burst');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled');
  await expect(timelineEntries(page, 'appointment.canceled')).toHaveCount(1);

  await confirmRepeatedly(page, 'Schedule Appointment', 'Schedule Appointment', async (d) => {
    await d.getByLabel('Date').fill(daysAhead(4));
    await d.getByLabel('Arrival window start').fill('09:00');
    await d.getByLabel('Arrival window end').fill('11:00');
    await d.getByLabel('Technician').selectOption({ label: TECHNICIAN });
  }, 2, 'mouse');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'scheduled');
  await expect(timelineEntries(page, 'appointment.scheduled')).toHaveCount(2);
  await expect(customerTexts(page).filter({ hasText: 'is booked for' })).toHaveCount(2);

  await confirmRepeatedly(page, 'On My Way', 'On My Way', (d) => d.getByLabel('ETA (minutes)').fill('25'), 3, 'burst');
  await expect(timelineEntries(page, 'appointment.enroute')).toHaveCount(1);
  await expect(customerTexts(page).filter({ hasText: 'is on the way' })).toHaveCount(1);

  await pressRepeatedly(page.getByRole('button', { name: 'Start Appointment' }), 3, 'burst');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'in_progress');
  await expect(timelineEntries(page, 'appointment.started')).toHaveCount(1);

  await confirmRepeatedly(page, 'Complete Appointment', 'Complete Appointment', (d) => d.getByLabel('Complete reason').selectOption({ label: 'Needs another visit' }).then(() => undefined), 2, 'burst');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'paused');
  await expect(timelineEntries(page, 'appointment.completed')).toHaveCount(1);

  await pressRepeatedly(page.getByRole('button', { name: 'Complete Job' }), 3, 'burst');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'complete');
  await expect(timelineEntries(page, 'job.completed')).toHaveCount(1);
  await expectNoErrorToast(page);

  // Nothing arrives later either: the page as the server has it now says the same.
  await page.goto(jobUrl);
  for (const [type, count] of [['job.created', 1], ['appointment.scheduled', 2], ['appointment.rescheduled', 1], ['appointment.reassigned', 1], ['appointment.canceled', 1], ['appointment.enroute', 1], ['appointment.started', 1], ['appointment.completed', 1], ['job.completed', 1]] as const) {
    await expect(timelineEntries(page, type), type).toHaveCount(count);
  }
  await expect(await listedFor(page, customer)).toHaveCount(1);
});

test('[provider] Cancel Job and Reopen Job pressed repeatedly act once', async ({ page }) => {
  test.slow();
  const customer = `Cass Cancels ${Date.now()}`;
  await fillDirectJob(page, `Cancel once ${Date.now()}`, undefined, customer);
  await pressRepeatedly(page.getByRole('button', { name: 'Create job' }), 2, 'mouse');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled');

  await confirmRepeatedly(page, 'Cancel Job', 'Cancel Job', (d) => d.getByLabel('Reason').fill('Customer found someone else'), 3, 'burst');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'canceled');
  await pressRepeatedly(page.getByRole('button', { name: 'Reopen Job' }), 3, 'burst');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled');
  await expect(timelineEntries(page, 'job.canceled')).toHaveCount(1);
  await expect(timelineEntries(page, 'job.reopened')).toHaveCount(1);
  await expectNoErrorToast(page);
  await expect(await listedFor(page, customer)).toHaveCount(1);
});

/** A job Acme offers to Bolt through Manage, for this test alone; returns its provider page. */
async function freshOffer(browser: Browser, title: string): Promise<string> {
  const manage = await browser.newContext({ storageState: storageStatePath(ACCOUNTS.manage) });
  const job = await createJob(await manage.newPage(), { title, customer: `Olive Offer ${Date.now()}`, provider: 'Bolt Plumbing' });
  await manage.close();
  return job.url.replace('/manage/', '/provider/');
}

test('[provider] Accept pressed three times accepts once; Decline confirmed twice declines once', async ({ page, browser }) => {
  test.slow();
  await page.goto(await freshOffer(browser, `Accept once ${Date.now()}`));
  await pressRepeatedly(page.getByRole('button', { name: 'Accept', exact: true }), 3, 'burst');
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled');
  await expect(timelineEntries(page, 'offer.accepted')).toHaveCount(1);
  await expect(successToasts(page, 'Offer accepted. The job is yours.')).toHaveCount(1);
  await expectNoErrorToast(page);

  const declined = await freshOffer(browser, `Decline once ${Date.now()}`);
  await page.goto(declined);
  await confirmRepeatedly(page, 'Decline', 'Decline this offer', (d) => d.getByLabel('Reason').selectOption('No availability').then(() => undefined), 2, 'burst');
  await expect(page).toHaveURL(/\/provider$/);
  await expect(successToasts(page, 'Offer declined.')).toHaveCount(1);
  await expectNoErrorToast(page);
  const response = await page.goto(declined);
  expect(response?.status()).toBe(404);
});

test('[provider] a Confirm whose answer was lost on the way back is pressed again: one visit, one text, and the first result shown', async ({ page }) => {
  test.slow();
  const title = `Lost answer ${Date.now()}`;
  await fillDirectJob(page, title);
  await page.getByRole('button', { name: 'Create job' }).click();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled');

  // The first server action reaches the server and is carried out; its response never reaches the page.
  let dropped = 0;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && request.headers()['next-action'] && dropped === 0) {
      dropped += 1;
      await route.fetch();
      await route.abort('connectionreset');
      return;
    }
    await route.fallback();
  });

  await page.getByRole('button', { name: 'Schedule Appointment', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule Appointment' });
  await dialog.getByLabel('Date').fill(daysAhead(5));
  await dialog.getByLabel('Arrival window start').fill('10:00');
  await dialog.getByLabel('Arrival window end').fill('12:00');
  await dialog.getByLabel('Technician').selectOption({ label: TECHNICIAN });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/could not be reached/)).toBeVisible();
  await expect(dialog).toBeVisible();
  expect(dropped).toBe(1);

  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
  await expect(successToasts(page, 'Appointment scheduled.')).toHaveCount(1);
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'scheduled');
  await page.reload();
  await expect(timelineEntries(page, 'appointment.scheduled')).toHaveCount(1);
  await expect(page.getByRole('listitem', { name: /^Appointment / })).toHaveCount(1);
  await expect(customerTexts(page)).toHaveCount(1);
});

test('[provider] Back after an action shows the list as it is now, not as it was', async ({ page, browser }) => {
  test.slow();
  const url = await freshOffer(browser, `Back after accept ${Date.now()}`);
  const jobId = url.split('/').at(-1)!;
  await page.goto('/provider?status=offered');
  await page.locator(`a[href="/provider/jobs/${jobId}"]`).first().click();
  await expect(page).toHaveURL(url);
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled');
  await page.goBack();
  await expect(page).toHaveURL(/\/provider\?status=offered$/);
  await expect(page.locator(`a[href="/provider/jobs/${jobId}"]`)).toHaveCount(0);
});
