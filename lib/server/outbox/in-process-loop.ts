import 'server-only';
import type { DatabaseHandle } from '@/db/client';
import { now } from '../clock';
import { logEvent } from '../log';
import type { SmsTransport } from '../notifications/transport';
import { nextDueAt } from './claim-due';
import { drainOutbox } from './deliver-batch';
import type { DeliverySettings } from './settings';

export type DeliveryWorker = { stop: () => Promise<void> };

// Rows written without a NOTIFY (scripts, a missed wake-up) are still found within this.
const MAX_SLEEP_MS = 5_000;

/**
 * The embedded database lives in one process, so one loop there is the whole worker: drain,
 * sleep until the next row is due, and wake early on every job change (each one may have
 * queued messages in its transaction).
 */
export async function startInProcessLoop(handle: DatabaseHandle, transport: SmsTransport, settings: DeliverySettings): Promise<DeliveryWorker> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let wakeAgain = false;
  let stopped = false;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(tick, Math.max(0, ms));
  };

  async function run(): Promise<void> {
    try {
      await drainOutbox(handle.db, transport, settings);
      const due = await nextDueAt(handle.db);
      schedule(wakeAgain ? 0 : Math.min(MAX_SLEEP_MS, due ? due.getTime() - now().getTime() : MAX_SLEEP_MS));
    } catch (error) {
      logEvent('outbox.loop_error', { message: error instanceof Error ? error.message : String(error) });
      schedule(MAX_SLEEP_MS);
    }
  }

  function tick(): void {
    if (stopped) return;
    if (running) {
      wakeAgain = true;
      return;
    }
    wakeAgain = false;
    running = run().finally(() => (running = undefined));
  }

  const unlisten = await handle.pglite?.listen('fieldline_jobs', tick);
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await unlisten?.();
      await running;
    },
  };
}
