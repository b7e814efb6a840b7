import { expect, type Locator, type Page } from '@playwright/test';
import { colourFamily, isJobStatus, JOB_STATUS_COLOURS, JOB_STATUS_LABELS, type JobStatus } from './job-status';

const JOB_NUMBER = /^#\d+$/;

/**
 * Checks every row of the jobs table: it links by job number to the job's page under
 * `jobPathPrefix`, and its status badge shows the label, colour and strike of its status. The
 * rows are read in one go: the list is live, and other tests' changes re-sort it meanwhile.
 * Returns a row three quarters down the page, by its address (wherever it moves) and status:
 * the list sorts newest activity first, so the first rows are the jobs that tests running
 * alongside are changing, and the last may be pushed to the next page by their activity.
 */
export async function checkJobsTable(page: Page, jobPathPrefix: string) {
  const rows = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('link', { name: JOB_NUMBER }) });
  await expect(rows.first()).toBeVisible();
  const jobPath = new RegExp(`^${jobPathPrefix}/[0-9a-f-]{36}$`);
  const snapshot = await rows.evaluateAll((elements) =>
    elements.map((row) => {
      const link = [...row.querySelectorAll('a')].find((a) => /^#\d+$/.test(a.textContent?.trim() ?? ''))!;
      const badge = row.querySelector<HTMLElement>('[data-job-status]')!;
      return {
        href: link.getAttribute('href')!,
        status: badge.getAttribute('data-job-status'),
        label: badge.textContent?.trim(),
        dot: getComputedStyle(badge.querySelector('[aria-hidden="true"]')!).backgroundColor,
        decoration: getComputedStyle(badge).textDecorationLine,
      };
    }),
  );
  for (const row of snapshot) {
    expect(new URL(row.href, page.url()).pathname).toMatch(jobPath);
    expect(isJobStatus(row.status), `unknown status "${row.status}"`).toBe(true);
    const status = row.status as JobStatus;
    expect({ label: row.label, colour: colourFamily(row.dot), struck: row.decoration.includes('line-through') }).toEqual({
      label: JOB_STATUS_LABELS[status],
      colour: JOB_STATUS_COLOURS[status],
      struck: status === 'canceled',
    });
  }
  const settled = snapshot[Math.floor((snapshot.length - 1) * 0.75)]!;
  return { link: page.locator(`a[href="${settled.href}"]`).first(), status: settled.status };
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
