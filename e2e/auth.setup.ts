import { test as setup } from '@playwright/test';
import { ACCOUNTS, expectLandedHome, signIn, storageStatePath } from './support/accounts';

for (const account of Object.values(ACCOUNTS)) {
  setup(`sign in as ${account.email}`, async ({ page }) => {
    // The first request after the server starts may create and seed the demo database.
    setup.slow();
    await signIn(page, account.email);
    await expectLandedHome(page, account);
    await page.context().storageState({ path: storageStatePath(account) });
  });
}
