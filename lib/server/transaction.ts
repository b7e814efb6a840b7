import 'server-only';
import { getDb } from '@/db/client';
import type { Tx } from '@/db/types';
import { conflict } from './errors';

const RETRYABLE = new Set(['40001', '40P01']);
const UNIQUE_VIOLATION = '23505';

function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * One transaction, retried on serialization failure or deadlock. A unique violation means
 * another request won a race the row locks could not see (a second accepted offer).
 */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  const db = await getDb();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(fn);
    } catch (error) {
      const state = sqlState(error);
      if (state && RETRYABLE.has(state) && attempt < attempts) continue;
      if (state === UNIQUE_VIOLATION) throw conflict('Someone else changed this job at the same moment. Reload and try again.');
      throw error;
    }
  }
}
