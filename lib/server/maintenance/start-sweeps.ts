import 'server-only';
import { getDb } from '@/db/client';
import { now } from '../clock';
import { deleteOldCommands } from '../commands/command-record';
import { logEvent } from '../log';
import { expireDueOffers } from '../offers/expire-offers';

const EVERY_MS = 60_000;

// Next.js may evaluate this module in more than one bundle of one process: start once.
const holder = globalThis as typeof globalThis & { __fieldlineSweeps?: () => void };

const failed = (what: string) => (error: unknown) => logEvent(`${what}_failed`, { message: error instanceof Error ? error.message : String(error) });

/**
 * Once a minute: offers past their answer time expire, and command records past their retention
 * are dropped. Several processes may run it at once (app instances, `npm run worker`): each
 * expiry locks its job and re-checks, and deleting old records twice deletes nothing twice.
 */
export function startSweeps(): () => void {
  if (holder.__fieldlineSweeps) return holder.__fieldlineSweeps;
  const tick = () => {
    void expireDueOffers()
      .then((expired) => expired > 0 && logEvent('offers.expired', { expired }))
      .catch(failed('offers.expiry'));
    void getDb()
      .then((db) => deleteOldCommands(db, now()))
      .catch(failed('commands.retention'));
  };
  tick();
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  holder.__fieldlineSweeps = () => {
    clearInterval(timer);
    holder.__fieldlineSweeps = undefined;
  };
  return holder.__fieldlineSweeps;
}
