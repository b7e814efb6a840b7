import { expect, type Page } from '@playwright/test';

/** The job rows of the list (a row holds a link named by job number). */
export function jobRows(page: Page) {
  return page.getByRole('table', { name: 'Jobs' }).getByRole('row').filter({ has: page.getByRole('link', { name: /^#\d+$/ }) });
}

/** The job numbers listed, in order, once the list has rendered at least one row. */
export async function listedNumbers(page: Page): Promise<string[]> {
  await expect(jobRows(page).first()).toBeVisible();
  const links = await jobRows(page).getByRole('link', { name: /^#\d+$/ }).allTextContents();
  return links.map((t) => t.replace('#', ''));
}

/** Creates a job through the form, offered to `provider` when given; returns its page URL and number. */
export async function createJob(page: Page, options: { title: string; customer: string; provider?: string }) {
  await page.goto('/manage/jobs/new');
  await page.getByLabel('Customer name').fill(options.customer);
  await page.getByLabel('Phone').fill('(512) 555-0177');
  await page.getByLabel('Street address').fill('500 Congress Ave');
  await page.getByLabel('City').fill('Austin');
  await page.getByLabel('State').fill('TX');
  await page.getByLabel('ZIP code').fill('78701');
  await page.getByLabel('Title').fill(options.title);
  if (options.provider) await page.getByLabel('Offer to').selectOption({ label: options.provider });
  await page.getByRole('button', { name: 'Create job' }).click();
  await expect(page).toHaveURL(/\/manage\/jobs\/[0-9a-f-]{36}$/);
  const number = (await page.getByText(/^Job #\d+/).first().textContent())!.match(/#(\d+)/)![1]!;
  return { url: new URL(page.url()).pathname, number };
}
