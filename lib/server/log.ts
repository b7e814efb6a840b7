import 'server-only';

type Fields = Record<string, string | number | boolean | null | undefined>;

/** One JSON line per event; callers pass identifiers only, never secrets or passwords. */
export function logEvent(event: string, fields: Fields = {}): void {
  if (process.env.FIELDLINE_QUIET_LOGS === '1') return;
  console.info(JSON.stringify({ at: new Date().toISOString(), event, ...fields }));
}
