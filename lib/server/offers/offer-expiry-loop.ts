import 'server-only';
import { logEvent } from '../log';
import { expireDueOffers } from './expire-offers';

const EVERY_MS = 60_000;

// Next.js may evaluate this module in more than one bundle of one process: start once.
const holder = globalThis as typeof globalThis & { __fieldlineOfferExpiry?: () => void };

/**
 * Checks for offers past their answer time once a minute. Several processes may run it at once
 * (app instances, `npm run worker`): each expiry locks its job and re-checks, so none is doubled.
 */
export function startOfferExpiry(): () => void {
  if (holder.__fieldlineOfferExpiry) return holder.__fieldlineOfferExpiry;
  const tick = () =>
    expireDueOffers()
      .then((expired) => expired > 0 && logEvent('offers.expired', { expired }))
      .catch((error: unknown) => logEvent('offers.expiry_failed', { message: error instanceof Error ? error.message : String(error) }));
  void tick();
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  holder.__fieldlineOfferExpiry = () => {
    clearInterval(timer);
    holder.__fieldlineOfferExpiry = undefined;
  };
  return holder.__fieldlineOfferExpiry;
}
