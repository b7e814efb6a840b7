import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { createDirectJob, daysAhead, TECHNICIAN, technicianPhone, visitCard } from './helpers';

async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}
async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
}

async function confirmDialog(page: Page, opener: string, name: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<unknown>) {
  await page.getByRole('button', { name: opener, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
}

test("[provider] the technician's Today view and the schedule board follow a dispatcher's reschedule, reassignments and statusing without a reload", async ({ page, browser }) => {
  test.slow();
  const date = daysAhead(3);
  await createDirectJob(page, `Live views ${Date.now()}`, TECHNICIAN);
  const number = (await page.getByText(/^Job #\d+/).first().textContent())!.match(/#(\d+)/)![1]!;

  const tech = await technicianPhone(browser);
  await tech.goto('/provider/today');
  const card = visitCard(tech, number);
  await expect(card).toBeVisible();
  await markDocument(tech);

  const boardContext = await browser.newContext({ storageState: storageStatePath(ACCOUNTS.boltDispatch) });
  const board = await boardContext.newPage();
  await board.goto(`/provider/schedule?view=day&date=${date}`);
  const block = (technician: string) =>
    board.getByRole('row').filter({ has: board.getByRole('rowheader', { name: technician, exact: true }) }).getByRole('link', { name: new RegExp(`^#${number} · `) });
  await expect(block(TECHNICIAN)).toContainText('9:00 AM');
  await markDocument(board);

  await confirmDialog(page, 'Reschedule', 'Reschedule Appointment', async (d) => {
    await d.getByLabel('Arrival window start').fill('13:00');
    await d.getByLabel('Arrival window end').fill('15:00');
  });
  await expect(block(TECHNICIAN)).toContainText('1:00 PM');
  await expect(card).toContainText('1:00');

  await confirmDialog(page, 'Reassign', 'Reassign Appointment', (d) => d.getByLabel('Technician').selectOption({ label: 'Jordan Reyes' }));
  await expect(block('Jordan Reyes')).toBeVisible();
  await expect(block(TECHNICIAN)).toHaveCount(0);
  await expect(card).toHaveCount(0);

  await confirmDialog(page, 'Reassign', 'Reassign Appointment', (d) => d.getByLabel('Technician').selectOption({ label: TECHNICIAN }));
  await expect(block(TECHNICIAN)).toBeVisible();
  await expect(card).toBeVisible();

  await confirmDialog(page, 'On My Way', 'On My Way', (d) => d.getByLabel('ETA (minutes)').fill('15'));
  await expect(card.locator('[data-appointment-status]')).toHaveAttribute('data-appointment-status', 'enroute');
  await expect(block(TECHNICIAN)).toHaveAttribute('data-appointment-status', 'enroute');

  await expectSameDocument(tech);
  await expectSameDocument(board);
  await boardContext.close();
  await tech.context().close();
});

test('[provider] a change made in one tab shows in a second tab of the same dispatcher without a reload', async ({ page, browser }) => {
  test.slow();
  await createDirectJob(page, `Two tabs ${Date.now()}`, TECHNICIAN);
  const jobUrl = page.url();
  const other = await (await browser.newContext({ storageState: storageStatePath(ACCOUNTS.boltDispatch) })).newPage();
  await other.goto(jobUrl);
  await markDocument(other);
  await page.getByRole('button', { name: 'Start Appointment' }).click();
  await expect(other.locator('[data-job-status]').first()).toHaveAttribute('data-job-status', 'in_progress');
  await expectSameDocument(other);
  await other.context().close();
});
