import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { headerBadge } from '../support/jobs-list';
import { daysAhead, openJobFromList, scheduleVisit, TECHNICIAN, technicianPhone, visitCard } from './helpers';

test('[provider] an offer is accepted, visited twice and completed, every step in the timeline', async ({ page, browser }) => {
  test.slow();
  const number = await openJobFromList(page, 'offered');
  const jobUrl = page.url();

  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled');
  await scheduleVisit(page, { date: daysAhead(2), start: '09:00', end: '11:00', technician: TECHNICIAN });
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'scheduled');

  const phone = await technicianPhone(browser);
  await phone.goto('/provider/today');
  let card = visitCard(phone, number);
  await card.getByRole('button', { name: 'On My Way' }).click();
  await expect(phone.getByLabel('ETA (minutes)')).toHaveValue('30');
  await phone.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(card.locator('[data-appointment-status]')).toHaveAttribute('data-appointment-status', 'enroute');
  await card.getByRole('button', { name: 'Start Appointment' }).click();
  await expect(card.locator('[data-appointment-status]')).toHaveAttribute('data-appointment-status', 'started');
  await card.getByRole('button', { name: 'Complete Appointment' }).click();
  await phone.getByLabel('Complete reason').selectOption({ label: 'I ordered parts' });
  await phone.getByLabel('Note').fill('Valve on order.');
  await phone.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(card.locator('[data-appointment-status]')).toHaveAttribute('data-appointment-status', 'complete');

  await page.goto(jobUrl);
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'paused');
  await scheduleVisit(page, { date: daysAhead(4), start: '13:00', end: '15:00', technician: TECHNICIAN });
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'scheduled');

  await phone.reload();
  card = visitCard(phone, number).filter({ has: phone.locator('[data-appointment-status="scheduled"]') });
  await card.getByRole('button', { name: 'Start Appointment' }).click();
  await expect(card).toHaveCount(0);
  card = visitCard(phone, number).filter({ has: phone.locator('[data-appointment-status="started"]') });
  await card.getByRole('button', { name: 'Complete Appointment' }).click();
  await phone.getByLabel('Complete reason').selectOption({ label: 'Repaired (job completed)' });
  await phone.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(phone.getByRole('dialog')).toBeHidden();
  await phone.context().close();

  await page.reload();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'complete');
  const timeline = page.getByRole('list', { name: 'Activity timeline' }).getByRole('listitem');
  const steps = (await timeline.allInnerTexts()).map((t) => t.split('\n')[0]!.trim());
  const expected = [
    'Offer accepted',
    'Appointment scheduled',
    'On My Way (ETA 30 min)',
    'Appointment started',
    'Appointment completed: I ordered parts — “Valve on order.”',
    'Appointment scheduled',
    'Appointment started',
    'Appointment completed: Repaired (job completed)',
  ];
  expect(steps.slice(steps.indexOf('Offer accepted'))).toEqual(expected);
});

test('[provider] declining an offer with a reason removes the job from the list', async ({ page }) => {
  const number = await openJobFromList(page, 'offered', 'last');

  await page.getByRole('button', { name: 'Decline' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').selectOption({ index: 1 });
  await dialog.getByLabel('Note').fill('No one free that week.');
  await dialog.getByRole('button', { name: 'Confirm' }).click();

  await expect(page).toHaveURL(/\/provider(\?.*)?$/);
  await page.goto(`/provider?q=${number}`);
  await expect(page.getByRole('link', { name: `#${number}`, exact: true })).toHaveCount(0);
});

test('[provider] an update requested by the enterprise shows on the row and on the job page', async ({ page, browser }) => {
  const number = await openJobFromList(page, 'offered');
  const jobId = new URL(page.url()).pathname.split('/').pop()!;

  const enterprise = await browser.newContext({ storageState: storageStatePath(ACCOUNTS.manage) });
  try {
    const manage = await enterprise.newPage();
    await manage.goto(`/manage/jobs/${jobId}`);
    await manage.getByRole('button', { name: 'Request Update' }).click();
    await expect(manage.getByText('Update requested from the provider.')).toBeVisible();
  } finally {
    await enterprise.close();
  }

  await page.goto(`/provider?status=offered&q=${number}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `#${number}`, exact: true }) });
  await expect(row.getByText('Update requested')).toBeVisible();
  await row.getByRole('link', { name: `#${number}`, exact: true }).click();
  await expect(page.locator('main header').getByText(/^Update requested/)).toBeVisible();
});
