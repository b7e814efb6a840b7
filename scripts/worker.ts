// `npm run worker`: delivers the outbox, expires overdue offers and drops old command records in its own process (set FIELDLINE_WORKER=off in the app then).
// With the embedded database only one process may open the data folder, so run it in place of
// the app's loop only against a PostgreSQL server (DATABASE_URL), or with the app stopped.
import { getDatabaseHandle } from '@/db/client';
import { startSweeps } from '@/lib/server/maintenance/start-sweeps';
import { startDeliveryWorker } from '@/lib/server/outbox/start-delivery-worker';

// The app's switch must not turn off the process whose only job is delivering.
delete process.env.FIELDLINE_WORKER;
const handle = await getDatabaseHandle();
const worker = await startDeliveryWorker();
const stopSweeps = startSweeps();
console.info(`Fieldline worker: delivering the outbox from ${handle.kind === 'pglite' ? 'embedded PostgreSQL (PGlite)' : 'a PostgreSQL server'}. Stop with Ctrl+C.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  stopSweeps();
  await worker?.stop();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
