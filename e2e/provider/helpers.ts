import { expect, type Browser, type Page } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { headerBadge } from '../support/jobs-list';

export const TECHNICIAN = 'Toni Alvarez';
export const PHONE = { width: 375, height: 812 };

/** A calendar date `days` ahead, far enough that it is in the future in any US zone. */
export function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Opens the first (or last) seeded job of a status in the dispatcher's list; returns its number.
 * Rows touched in the last hour are skipped: those are other tests' jobs, changing under them.
 */
export async function openJobFromList(page: Page, status: string, which: 'first' | 'last' = 'first'): Promise<string> {
  await page.goto(`/provider?status=${status}`);
  const rows = page.getByRole('table').getByRole('row').filter({ hasNotText: /just now|\d+ min ago/ });
  const links = rows.getByRole('link', { name: /^#\d+$/ });
  await expect(links.first()).toBeVisible();
  const link = which === 'first' ? links.first() : links.last();
  const number = (await link.textContent())!.trim().slice(1);
  await link.click();
  await expect(page).toHaveURL(/\/provider\/jobs\/[0-9a-f-]{36}$/);
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', status);
  return number;
}

export async function scheduleVisit(page: Page, options: { date: string; start: string; end: string; technician: string }) {
  await page.getByRole('button', { name: 'Schedule Appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule Appointment' });
  await dialog.getByLabel('Date').fill(options.date);
  await dialog.getByLabel('Arrival window start').fill(options.start);
  await dialog.getByLabel('Arrival window end').fill(options.end);
  await dialog.getByLabel('Technician').selectOption({ label: options.technician });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
}

/** Fills the New job form of the provider portal, with a first visit for `technician` when given. */
export async function fillDirectJob(page: Page, title: string, technician?: string, customer = 'E2E Customer') {
  await page.goto('/provider/jobs/new');
  await page.getByLabel('Customer name').fill(customer);
  await page.getByLabel('Phone').fill('(512) 555-0199');
  await page.getByLabel('Street address').fill('100 Test Lane');
  await page.getByLabel('City').fill('Austin');
  await page.getByLabel('State').fill('TX');
  await page.getByLabel('ZIP code').fill('78701');
  await page.getByLabel('Time zone').selectOption('America/Chicago');
  await page.getByLabel('Title').fill(title);
  if (!technician) return;
  await page.getByLabel('Schedule the first visit now').check();
  await page.getByLabel('Date').fill(daysAhead(3));
  await page.getByLabel('Arrival window start').fill('09:00');
  await page.getByLabel('Arrival window end').fill('11:00');
  await page.getByLabel('Technician').selectOption({ label: technician });
}

/** Creates a direct job through the New job form, with a first visit for `technician`; lands on its page. */
export async function createDirectJob(page: Page, title: string, technician: string) {
  await fillDirectJob(page, title, technician);
  await page.getByRole('button', { name: 'Create job' }).click();
  await expect(page).toHaveURL(/\/provider\/jobs\/[0-9a-f-]{36}$/);
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'scheduled');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** A technician's phone, signed in as tech@bolt.test. */
export async function technicianPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(ACCOUNTS.boltTech), viewport: PHONE, hasTouch: true, isMobile: true });
  return context.newPage();
}

/** The technician's card for a job on /provider/today. */
export function visitCard(page: Page, jobNumber: string) {
  return page.getByRole('listitem').filter({ hasText: `Job #${jobNumber} ` });
}
