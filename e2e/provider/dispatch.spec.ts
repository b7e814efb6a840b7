import { expect, test } from '@playwright/test';
import { ACCOUNTS, storageStatePath } from '../support/accounts';
import { headerBadge } from '../support/jobs-list';
import { createDirectJob, TECHNICIAN } from './helpers';

test('[provider] Cancel Job cancels the job and its open appointments', async ({ page }) => {
  await createDirectJob(page, 'E2E cancel: dripping tap', TECHNICIAN);

  await page.getByRole('button', { name: 'Cancel Job' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel Job' });
  await dialog.getByLabel('Reason').fill('Customer fixed it themselves.');
  await dialog.getByRole('button', { name: 'Confirm' }).click();

  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'canceled');
  const appointments = page.getByRole('region', { name: 'Appointments' }).locator('[data-appointment-status]');
  await expect(appointments).toHaveCount(1);
  await expect(appointments).toHaveAttribute('data-appointment-status', 'canceled');
  await expect(page.getByRole('button', { name: 'Reopen Job' })).toBeVisible();
});

test('[provider] a dispatcher reschedules, reassigns and cancels an appointment', async ({ page }) => {
  await createDirectJob(page, 'E2E reschedule: noisy boiler', TECHNICIAN);

  await page.getByRole('button', { name: 'Reschedule' }).click();
  let dialog = page.getByRole('dialog', { name: 'Reschedule Appointment' });
  await expect(dialog.getByLabel('Arrival window start')).toHaveValue('09:00');
  await dialog.getByLabel('Arrival window start').fill('14:00');
  await dialog.getByLabel('Arrival window end').fill('16:00');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('listitem', { name: /2:00–4:00 PM/ })).toBeVisible();

  await page.getByRole('button', { name: 'Reassign' }).click();
  dialog = page.getByRole('dialog', { name: 'Reassign Appointment' });
  await dialog.getByLabel('Technician').selectOption({ label: 'Jordan Reyes' });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('region', { name: 'Appointments' }).getByText('Jordan Reyes')).toBeVisible();

  await page.getByRole('button', { name: 'Cancel Appointment' }).click();
  dialog = page.getByRole('dialog', { name: 'Cancel Appointment' });
  await dialog.getByLabel('Reason (optional)').fill('Customer away');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'unscheduled');
  await expect(page.getByText('Appointment canceled: Customer away')).toBeVisible();
});

test("[provider] a technician cannot open a job where only another technician's visit is", async ({ page, browser }) => {
  await createDirectJob(page, 'E2E tenancy: Jordan only', 'Jordan Reyes');
  const jobUrl = page.url();

  const tech = await browser.newContext({ storageState: storageStatePath(ACCOUNTS.boltTech) });
  try {
    const techPage = await tech.newPage();
    await techPage.goto(jobUrl);
    await expect(techPage.getByRole('heading', { name: 'Job not found' })).toBeVisible();
    await expect(techPage.locator('[data-job-status]')).toHaveCount(0);
  } finally {
    await tech.close();
  }
});

test('[provider] a dispatcher statuses a visit as backup, from the web, and completes the paused job', async ({ page }) => {
  await createDirectJob(page, 'E2E backup: leaking trap', TECHNICIAN);
  const visits = page.getByRole('region', { name: 'Appointments' });
  const visitStatus = visits.locator('[data-appointment-status]');

  await visits.getByRole('button', { name: 'On My Way' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('ETA (minutes)').fill('15');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'in_progress');
  await visits.getByRole('button', { name: 'Start Appointment' }).click();
  await expect(visitStatus).toHaveAttribute('data-appointment-status', 'started');
  await visits.getByRole('button', { name: 'Complete Appointment' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Complete reason').selectOption({ label: 'Waiting on parts' });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'paused');

  await page.getByRole('button', { name: 'Complete Job' }).click();
  await expect(headerBadge(page)).toHaveAttribute('data-job-status', 'complete');

  // Each step is the dispatcher's own, from the web, not the technician's from the phone.
  const timeline = page.getByRole('list', { name: 'Activity timeline' }).getByRole('listitem');
  for (const step of ['On My Way (ETA 15 min)', 'Appointment started', 'Appointment completed: Waiting on parts']) {
    const item = timeline.filter({ hasText: step });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Dana Brooks · Dispatcher · Web');
  }
  await expect(timeline.filter({ hasText: 'Job completed' })).toHaveCount(1);
});
