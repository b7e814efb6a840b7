import 'server-only';
import { Client } from 'pg';
import { getDatabaseHandle } from '@/db/client';
import { logEvent } from '../log';
import { JOBS_CHANNEL, parseJobChangePayload, type ParsedJobChange } from './job-change-payload';

/** A committed change, or `resync`: changes may have been missed (the listener reconnected). */
export type JobChange = ({ kind: 'job' } & ParsedJobChange) | { kind: 'resync' };

type Listener = (change: JobChange) => void;
type Hub = { listeners: Set<Listener>; started?: Promise<void>; stop?: () => Promise<void> };

// One hub per process (Next.js may load this module in several bundles): one LISTEN connection, fanned out in memory.
const holder = globalThis as typeof globalThis & { __fieldlineJobHub?: Hub };
const hub: Hub = (holder.__fieldlineJobHub ??= { listeners: new Set() });

function publish(change: JobChange): void {
  for (const listener of hub.listeners) {
    try {
      listener(change);
    } catch (error) {
      console.error(error);
    }
  }
}

function onPayload(payload: string | undefined): void {
  const change = parseJobChangePayload(payload);
  if (change) publish({ kind: 'job', ...change });
}

/** A dedicated connection (a pooled one would be handed to other queries and lose the LISTEN); reconnects on loss. */
async function listenOnServer(url: string, attempt = 0): Promise<void> {
  const client = new Client({ connectionString: url });
  let retried = false;
  const close = () => {
    retried = true;
    client.removeAllListeners();
    return client.end().catch(() => undefined);
  };
  hub.stop = close;
  const retry = () => {
    if (retried) return;
    void close();
    const timer = setTimeout(() => void listenOnServer(url, attempt + 1).catch(() => undefined), Math.min(1000 * 2 ** attempt, 15_000));
    hub.stop = async () => clearTimeout(timer);
  };
  client.on('notification', (message) => {
    if (message.channel === JOBS_CHANNEL) onPayload(message.payload);
  });
  client.on('error', (error) => {
    logEvent('live.listener_lost', { message: error.message });
    retry();
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${JOBS_CHANNEL}`);
  } catch (error) {
    logEvent('live.listener_failed', { message: (error as Error).message });
    retry();
    return;
  }
  // Anything committed while we were away was not heard: every open page refreshes once.
  if (attempt > 0) publish({ kind: 'resync' });
}

async function start(): Promise<void> {
  const handle = await getDatabaseHandle();
  if (handle.kind === 'pglite') {
    // Embedded: the app is the database's only process, so notifications arrive in-process.
    const unlisten = await handle.pglite!.listen(JOBS_CHANNEL, onPayload);
    hub.stop = unlisten;
    return;
  }
  // The same server and database the pool talks to (tests and scripts install their own).
  await listenOnServer(handle.pool!.options.connectionString ?? process.env.DATABASE_URL!);
}

/** Calls `listener` with every committed job change in the database until the returned function is called. */
export async function subscribeToJobChanges(listener: Listener): Promise<() => void> {
  hub.started ??= start().catch((error: unknown) => {
    hub.started = undefined;
    throw error;
  });
  await hub.started;
  hub.listeners.add(listener);
  return () => hub.listeners.delete(listener);
}

/** Closes the LISTEN connection before its database goes away (tests, scripts); the next subscriber reopens it. */
export async function stopJobChanges(): Promise<void> {
  const stop = hub.stop;
  hub.stop = undefined;
  hub.started = undefined;
  await stop?.();
}
