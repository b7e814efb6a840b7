import 'server-only';
import { Logger, run, type Task } from 'graphile-worker';
import type { PoolClient } from 'pg';
import type { DatabaseHandle } from '@/db/client';
import { logEvent } from '../log';
import type { SmsTransport } from '../notifications/transport';
import { nextDueAt } from './claim-due';
import { drainOutbox } from './deliver-batch';
import type { DeliveryWorker } from './in-process-loop';
import type { DeliverySettings } from './settings';

const DRAIN = 'outbox_drain';
const WAKE = 'outbox_wake';

// graphile-worker logs every job at info level; only its warnings and errors are worth a line.
const logger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') logEvent(`graphile.${level}`, { message });
});

/**
 * On a PostgreSQL server graphile-worker coordinates every app instance and worker process:
 * a drain job keyed `outbox_drain` is (re)queued on each job change, so a burst of changes
 * becomes one pending drain, picked up through LISTEN/NOTIFY within milliseconds by whichever
 * instance is free. After a drain, a `outbox_wake` job is scheduled at the next retry or end
 * of quiet hours. The outbox rows carry their own lease, so two drains at once stay safe.
 */
export async function startGraphileWorker(handle: DatabaseHandle, transport: SmsTransport, settings: DeliverySettings): Promise<DeliveryWorker> {
  const pool = handle.pool!;
  // db/client.ts guards idle connections; a checked-out one (the LISTEN below, a worker's query)
  // dropped by the server must not crash the process either.
  const logPoolError = (error: Error) => logEvent('outbox.pool_error', { message: error.message });
  const guardClient = (client: PoolClient) => client.on('error', logPoolError);
  pool.on('connect', guardClient);
  const drain: Task = async (_payload, helpers) => {
    await drainOutbox(handle.db, transport, settings);
    const due = await nextDueAt(handle.db);
    if (due) await helpers.addJob(WAKE, {}, { jobKey: WAKE, jobKeyMode: 'replace', runAt: due, maxAttempts: 5 });
  };
  const runner = await run({
    pgPool: pool,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 2_000,
    logger,
    taskList: { [DRAIN]: drain, [WAKE]: drain },
    // A safety net: a worker that died holding the wake-up job is covered within a minute.
    crontab: `* * * * * ${WAKE} ?jobKey=outbox_tick&jobKeyMode=replace&max=1`,
  });
  const requestDrain = () =>
    runner.addJob(DRAIN, {}, { jobKey: DRAIN, jobKeyMode: 'replace', maxAttempts: 5 }).catch((error: unknown) => {
      logEvent('outbox.enqueue_error', { message: error instanceof Error ? error.message : String(error) });
    });

  const listener = await pool.connect();
  listener.on('notification', () => void requestDrain());
  await listener.query('listen fieldline_jobs');
  await requestDrain();
  return {
    stop: async () => {
      await listener.query('unlisten fieldline_jobs').catch(() => undefined);
      listener.release();
      await runner.stop();
      pool.off('connect', guardClient);
    },
  };
}
