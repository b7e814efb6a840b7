import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses a button the way an impatient person does, and harder: a real double or triple
 * click, then the same number of clicks fired in one go from script, before the page can
 * re-render and disable the button. Either way the server must see one intent.
 */
export async function pressRepeatedly(button: Locator, times: 2 | 3, how: 'mouse' | 'burst'): Promise<void> {
  if (how === 'mouse') {
    await button.click({ clickCount: times });
    return;
  }
  await button.evaluate((el, n) => {
    for (let i = 0; i < n; i++) (el as HTMLButtonElement).click();
  }, times);
}

/** No error toast anywhere on the page (a repeat must not show an error beside the success). */
export async function expectNoErrorToast(page: Page): Promise<void> {
  await expect(page.locator('[data-sonner-toast][data-type="error"]')).toHaveCount(0);
}

/** The activity timeline's entries of one event type. */
export function timelineEntries(page: Page, type: string): Locator {
  return page.getByRole('list', { name: 'Activity timeline' }).locator(`[data-event-type="${type}"]`);
}

/** The job page's list of customer texts. */
export function customerTexts(page: Page): Locator {
  return page.getByRole('list', { name: 'Customer texts' }).getByRole('listitem');
}

/** Success toasts with this text. */
export function successToasts(page: Page, text: string | RegExp): Locator {
  return page.locator('[data-sonner-toast][data-type="success"]').filter({ hasText: text });
}
