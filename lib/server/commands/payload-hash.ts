import 'server-only';
import { createHash } from 'node:crypto';

/** Key order must not matter: two clients may serialize the same form in different orders. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function payloadHash(action: string, payload: unknown): string {
  return createHash('sha256').update(JSON.stringify([action, canonical(payload)])).digest('base64url');
}
