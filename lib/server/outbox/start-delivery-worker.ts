import 'server-only';
import { getDatabaseHandle } from '@/db/client';
import { logEvent } from '../log';
import { activeTransport } from '../notifications/active-transport';
import { startGraphileWorker } from './graphile-runner';
import { startInProcessLoop, type DeliveryWorker } from './in-process-loop';
import { deliverySettings } from './settings';

// Next.js may evaluate this module in more than one bundle of one process: start once.
const holder = globalThis as typeof globalThis & { __fieldlineWorker?: Promise<DeliveryWorker | null> };

/**
 * Starts delivering the outbox in this process, unless FIELDLINE_WORKER=off (deployments that
 * run `npm run worker` separately). The embedded database gets an in-process loop; a server
 * gets graphile-worker, which any number of processes can share.
 */
export function startDeliveryWorker(): Promise<DeliveryWorker | null> {
  holder.__fieldlineWorker ??= (async () => {
    if (process.env.FIELDLINE_WORKER === 'off') return null;
    const handle = await getDatabaseHandle();
    const transport = activeTransport();
    const settings = deliverySettings();
    const worker = handle.kind === 'pglite' ? await startInProcessLoop(handle, transport, settings) : await startGraphileWorker(handle, transport, settings);
    logEvent('outbox.worker_started', { database: handle.kind, transport: transport.name });
    return worker;
  })();
  return holder.__fieldlineWorker;
}
