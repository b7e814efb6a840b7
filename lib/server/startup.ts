import 'server-only';
import { getDatabaseHandle } from '@/db/client';
import { isDatabaseEmpty, seedDemo } from '@/db/seed/demo';
import { authSecret } from '@/lib/auth/secret';
import { isDemoMode } from '@/lib/demo-mode';
import { startSweeps } from './maintenance/start-sweeps';
import { startDeliveryWorker } from './outbox/start-delivery-worker';

/**
 * Runs once when the server process starts: configuration errors stop it at once with a
 * clear message; the database is opened and migrated; demo data is loaded into an empty
 * database in development or with FIELDLINE_DEMO=1.
 */
export async function startServer(): Promise<void> {
  try {
    authSecret();
    const handle = await getDatabaseHandle();
    const where = handle.kind === 'pglite' ? 'embedded PostgreSQL (PGlite)' : 'PostgreSQL server';
    console.info(`Fieldline: database ready on ${where}.`);
    if (!(await isDatabaseEmpty())) {
      await startBackgroundWork();
      return;
    }
    if (isDemoMode()) {
      console.info('Fieldline: empty database, loading demo data…');
      const { jobs, ms } = await seedDemo();
      console.info(`Fieldline: demo data loaded (${jobs} jobs in ${(ms / 1000).toFixed(1)} s). Password for every demo account: fieldline`);
    } else {
      console.warn('Fieldline: the database has no organization yet. Create the first one with `npm run org:create`.');
    }
    // Started after the seed, which moves the clock back to write its histories.
    await startBackgroundWork();
  } catch (error) {
    console.error(`Fieldline could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/** Text delivery and the minute sweeps (offer expiry, command retention), unless FIELDLINE_WORKER=off hands them to `npm run worker`. */
async function startBackgroundWork(): Promise<void> {
  if (process.env.FIELDLINE_WORKER === 'off') return;
  await startDeliveryWorker();
  startSweeps();
}
