import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

export async function launchBrowser() {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Resolves with the wall-clock time at which `text` first appears on the page, watched by a
 * MutationObserver inside the page (no polling from outside, which would add its own delay).
 */
export function whenTextAppears(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const check = () => document.body.innerText.includes(wanted);
        const observer = new MutationObserver(() => {
          if (!check()) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    text,
  );
}
