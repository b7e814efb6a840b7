import { expect, test, type Browser, type Page } from '@playwright/test';
import { daysAhead, openJobFromList, scheduleVisit, TECHNICIAN, technicianPhone, visitCard } from '../provider/helpers';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { expectNoSeriousA11yViolations } from '../support/axe';

/** A customer's phone: no sign-in at all. */
async function customerPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

async function signedIn(browser: Browser, account: (typeof ACCOUNTS)[keyof typeof ACCOUNTS]): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(account) });
  return context.newPage();
}

test('[customer] On My Way texts a clock-time ETA and a live tracking link; the survey is answered once and shows in Manage', async ({ page, browser }) => {
  test.slow();
  // A fresh visit of its own: an offer accepted and scheduled for Toni.
  const number = await openJobFromList(page, 'offered', 'last');
  const jobId = page.url().split('/').at(-1)!;
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await scheduleVisit(page, { date: daysAhead(2), start: '09:00', end: '11:00', technician: TECHNICIAN });

  const tech = await technicianPhone(browser);
  await tech.goto('/provider/today');
  const card = visitCard(tech, number);
  await card.getByRole('button', { name: 'On My Way' }).click();
  await tech.getByLabel('ETA (minutes)').fill('20');
  await tech.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(card.locator('[data-appointment-status]')).toHaveAttribute('data-appointment-status', 'enroute');

  // The dispatcher sees what the customer got in the development outbox.
  await page.goto('/dev/outbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Development outbox' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `#${number}`, exact: true }) }).filter({ hasText: 'is on the way' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/Toni is on the way and should arrive around \d{1,2}:\d{2} (AM|PM) C[DS]T\./);
  const trackingLink = row.getByRole('link', { name: /\/t\/[A-Za-z0-9_-]+$/ });
  const href = (await trackingLink.getAttribute('href'))!;

  const customer = await customerPhone(browser);
  await customer.goto(href);
  await expect(customer.getByRole('heading', { level: 2, name: 'On the way' })).toBeVisible();
  await expect(customer.getByText(/Toni should arrive around \d{1,2}:\d{2} (AM|PM)/)).toBeVisible();
  await expect(customer.getByText('E2E')).toHaveCount(0);
  await expectNoSeriousA11yViolations(customer);

  // Started shows on the open page without a reload.
  await card.getByRole('button', { name: 'Start Appointment' }).click();
  await expect(customer.getByRole('heading', { level: 2, name: 'Started' })).toBeVisible({ timeout: 15_000 });

  await card.getByRole('button', { name: 'Complete Appointment' }).click();
  await tech.getByLabel('Complete reason').selectOption({ label: 'Repaired (job completed)' });
  await tech.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(tech.getByRole('dialog')).toBeHidden();
  await expect(customer.getByRole('heading', { level: 2, name: 'Completed' })).toBeVisible({ timeout: 15_000 });

  const surveyPath = new URL(href).pathname.replace(/^\/t\//, '/s/');
  await customer.goto(surveyPath);
  await expectNoSeriousA11yViolations(customer);
  await customer.getByRole('radio', { name: '4 stars' }).check({ force: true });
  await customer.getByLabel("Anything you'd like to tell us? (optional)").fill('On time and tidy.');
  await customer.getByRole('button', { name: 'Send' }).click();
  await expect(customer.getByText('Thank you for your feedback!')).toBeVisible();
  await customer.reload();
  await expect(customer.getByText('You rated this visit 4 out of 5 stars.')).toBeVisible();
  await expect(customer.getByRole('button', { name: 'Send' })).toHaveCount(0);

  const manage = await signedIn(browser, ACCOUNTS.manage);
  await manage.goto(`/manage/jobs/${jobId}`);
  await expect(manage.getByRole('heading', { name: 'Customer rating' })).toBeVisible();
  await expect(manage.getByText('4 out of 5', { exact: true })).toBeVisible();
  await expect(manage.getByText('Customer rated the visit 4 out of 5 — “On time and tidy.”')).toBeVisible();
  await expect(manage.getByRole('heading', { name: 'Customer texts' })).toBeVisible();

  for (const p of [tech, customer, manage]) await p.context().close();
});

test('[customer] an unknown tracking link says so, and the development outbox needs a sign-in', async ({ browser }) => {
  const customer = await customerPhone(browser);
  await customer.goto('/t/this-token-does-not-exist-anywhere');
  await expect(customer.getByRole('heading', { level: 1, name: "We couldn't find this visit" })).toBeVisible();
  await customer.goto('/dev/outbox');
  await expect(customer).toHaveURL(/\/login/);
  await customer.context().close();
});
