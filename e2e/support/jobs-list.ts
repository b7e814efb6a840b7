import { expect, type Locator, type Page } from '@playwright/test';
import { colourFamily, isJobStatus, JOB_STATUS_COLOURS, JOB_STATUS_LABELS, type JobStatus } from './job-status';

const JOB_NUMBER = /^#\d+$/;

/**
 * Checks every row of the jobs table: it links by job number to the job's page under
 * `jobPathPrefix`, and its status badge shows the label of its status. Returns the last row's
 * link and status: the list sorts newest activity first, and the newest jobs are the ones that
 * tests running alongside are changing.
 */
export async function checkJobsTable(page: Page, jobPathPrefix: string) {
  const rows = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('link', { name: JOB_NUMBER }) });
  await expect(rows.first()).toBeVisible();
  const jobPath = new RegExp(`^${jobPathPrefix}/[0-9a-f-]{36}$`);

  for (const row of await rows.all()) {
    const link = row.getByRole('link', { name: JOB_NUMBER });
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toMatch(jobPath);
    const badge = row.locator('[data-job-status]');
    const status = await badge.getAttribute('data-job-status');
    expect(isJobStatus(status), `unknown status "${status}"`).toBe(true);
    await expectBadgeLooksLike(badge, status as JobStatus);
  }

  const settled = rows.last();
  return {
    link: settled.getByRole('link', { name: JOB_NUMBER }),
    status: await settled.locator('[data-job-status]').getAttribute('data-job-status'),
  };
}

/** A status badge shows its label, a dot in the status's colour, and Canceled struck through. */
export async function expectBadgeLooksLike(badge: Locator, status: JobStatus) {
  await expect(badge).toHaveText(JOB_STATUS_LABELS[status]);
  const look = await badge.evaluate((el) => ({
    dot: getComputedStyle(el.querySelector('[aria-hidden="true"]')!).backgroundColor,
    decoration: getComputedStyle(el).textDecorationLine,
  }));
  expect({ status, colour: colourFamily(look.dot), struck: look.decoration.includes('line-through') }).toEqual({
    status,
    colour: JOB_STATUS_COLOURS[status],
    struck: status === 'canceled',
  });
}

/** The job page's header badge is the first status badge on the page. */
export function headerBadge(page: Page) {
  return page.locator('[data-job-status]').first();
}
