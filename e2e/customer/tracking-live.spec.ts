import { expect, test, type Browser } from '@playwright/test';
import { createDirectJob, TECHNICIAN } from '../provider/helpers';
import { pressRepeatedly, timelineEntries } from '../support/once';

async function customerPhone(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

test('[customer] the tracking page goes from Scheduled to On the way to Started as it happens, without a reload and without polling', async ({ page, browser }) => {
  test.slow();
  await createDirectJob(page, `Tracking live ${Date.now()}`, TECHNICIAN);
  const link = page.getByRole('list', { name: 'Customer texts' }).getByRole('link', { name: /\/t\/[A-Za-z0-9_-]+$/ });
  const href = (await link.first().getAttribute('href'))!;
  const pollPath = `/api/tracking/${new URL(href).pathname.split('/').at(-1)}`;

  const customer = await customerPhone(browser);
  const polls: string[] = [];
  customer.on('request', (request) => {
    if (new URL(request.url()).pathname === pollPath) polls.push(request.url());
  });
  await customer.goto(href);
  await expect(customer.getByRole('heading', { level: 2, name: 'Scheduled' })).toBeVisible();
  await customer.evaluate(() => Object.assign(window, { sameDocument: true }));

  await page.getByRole('button', { name: 'On My Way', exact: true }).click();
  await page.getByLabel('ETA (minutes)').fill('20');
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(customer.getByRole('heading', { level: 2, name: 'On the way' })).toBeVisible();
  await expect(customer.getByText(/should arrive around \d{1,2}:\d{2} (AM|PM)/)).toBeVisible();

  await page.getByRole('button', { name: 'Start Appointment' }).click();
  await expect(customer.getByRole('heading', { level: 2, name: 'Started' })).toBeVisible();

  expect(await customer.evaluate(() => 'sameDocument' in window)).toBe(true);
  expect(polls).toEqual([]);
  await customer.context().close();
});

test('[customer] the survey sent with a double click, and then again, records one answer', async ({ page, browser }) => {
  test.slow();
  await createDirectJob(page, `Survey once ${Date.now()}`, TECHNICIAN);
  const jobUrl = page.url();
  await page.getByRole('button', { name: 'Start Appointment' }).click();
  await page.getByRole('button', { name: 'Complete Appointment' }).click();
  await page.getByLabel('Complete reason').selectOption({ label: 'Work completed' });
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  const survey = page.getByRole('list', { name: 'Customer texts' }).getByRole('link', { name: /\/s\/[A-Za-z0-9_-]+$/ });
  const href = (await survey.first().getAttribute('href'))!;

  const customer = await customerPhone(browser);
  await customer.goto(href);
  await customer.getByRole('radio', { name: '5 stars' }).check({ force: true });
  await pressRepeatedly(customer.getByRole('button', { name: 'Send' }), 3, 'burst');
  await expect(customer.getByText('Thank you for your feedback!')).toBeVisible();
  await expect(customer.getByText(/already been rated|went wrong/)).toHaveCount(0);

  await page.goto(jobUrl);
  await expect(timelineEntries(page, 'survey.answered')).toHaveCount(1);
  await customer.context().close();
});
