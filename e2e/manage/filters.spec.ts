import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { headerBadge } from '../support/jobs-list';
import { jobRows, listedNumbers } from './helpers';

test('[manage] filters by several statuses and by text; the URL keeps the view across a reload', async ({ page }) => {
  await page.goto('/manage/jobs');
  const filters = page.getByRole('search', { name: 'Filter jobs' });
  await filters.getByRole('checkbox', { name: 'Scheduled', exact: true }).check();
  await filters.getByRole('checkbox', { name: 'Paused' }).check();
  await filters.getByRole('button', { name: 'Apply' }).click();

  await expect(page).toHaveURL(/[?&]status=scheduled%2Cpaused(&|$)|[?&]status=scheduled,paused(&|$)/);
  const statusesShown = async () => new Set(await jobRows(page).locator('[data-job-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-status'))));
  await expect.poll(statusesShown).toEqual(new Set(['scheduled', 'paused']));
  await expect(page.getByRole('link', { name: 'Remove filter Status: Paused' })).toBeVisible();

  await page.reload();
  await expect(filters.getByRole('checkbox', { name: 'Paused' })).toBeChecked();
  expect(await statusesShown()).toEqual(new Set(['scheduled', 'paused']));

  // Narrow by the text of one listed job, its number: the oldest activity on the page, which tests running alongside leave alone.
  const number = (await listedNumbers(page)).at(-1)!;
  await filters.getByLabel('Search').fill(`#${number}`);
  await filters.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=%23${number}(&|$)`));
  await expect.poll(() => listedNumbers(page)).toEqual([number]);
  await page.reload();
  expect(await listedNumbers(page)).toEqual([number]);
  await expect(page.getByRole('search').getByLabel('Search')).toHaveValue(`#${number}`);

  await page.getByRole('link', { name: `Remove filter Text: #${number}` }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page).toHaveURL(/status=/);
});

test('[manage] a job page shows its appointments and the whole activity timeline', async ({ page }) => {
  await page.goto('/manage/jobs?status=complete');
  await jobRows(page).first().getByRole('link', { name: /^#\d+$/ }).click();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'complete');

  const appointments = page.getByRole('region', { name: 'Appointments' }).getByRole('listitem');
  await expect(appointments.first()).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Activity timeline' }).getByRole('listitem');
  // The whole history: from creation to the completing visit.
  await expect(timeline.and(page.locator('[data-event-type="job.created"]'))).toHaveCount(1);
  await expect(timeline.and(page.locator('[data-event-type="appointment.completed"]')).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
