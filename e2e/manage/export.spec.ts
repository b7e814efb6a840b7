import { expect, test } from '@playwright/test';
import { listedNumbers } from './helpers';

test('[manage] the CSV export of a filtered view has the same rows as the list', async ({ page }) => {
  await page.goto('/manage/jobs?status=paused,unscheduled&sort=created');
  const shown = await listedNumbers(page);
  expect(shown.length).toBeGreaterThan(0);

  const link = page.getByRole('link', { name: 'Export CSV' });
  const href = (await link.getAttribute('href'))!;
  expect(href).toContain('status=paused%2Cunscheduled');
  expect(href).toContain('sort=created');

  const download = page.waitForEvent('download');
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^jobs-\d{4}-\d{2}-\d{2}\.csv$/);

  const response = await page.request.get(href);
  expect(response.headers()['content-type']).toContain('text/csv');
  const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toMatch(/^Job number,External id,Status,/);
  // Job titles and names in the demo data hold no line breaks, so one line is one row.
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(shown);
});
